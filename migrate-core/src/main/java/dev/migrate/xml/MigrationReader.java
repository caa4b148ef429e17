package dev.migrate.xml;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads migration files, valid by {@code migration-1.0.xsd}, bound to the {@link Bindings} classes by
 * their JAXB annotations ({@link BindingHandler}). A valid file is read by {@link LeanFileReader},
 * which checks the XSD's rules as it goes ({@link SchemaRules}); any file it declines goes through a
 * SAX parser and the XSD validator, which say what is wrong. Build one and keep it: the compiled
 * schema is made once, when first needed, and shared by every {@link #read}, which is thread-safe.
 *
 * <p>Every problem with a file becomes a {@link MigrationFileException} naming the file, the line and
 * the column.
 */
public final class MigrationReader {

    private volatile @Nullable Setup setup;

    /**
     * Cheap: the parser factory, the compiled XSD (about a tenth of a second in a cold JVM) and the
     * pool of parsers are made on the first read that needs them, so a start that has nothing to read
     * fully never pays, not even for loading their classes.
     */
    public MigrationReader() {
    }

    private Setup setup() {
        Setup current = setup;
        if (current == null) {
            synchronized (this) {
                current = setup;
                if (current == null) {
                    current = Setup.create();
                    setup = current;
                }
            }
        }
        return current;
    }

    /** The parser factory, the compiled XSD and the idle parsers, made once per reader. */
    private record Setup(SAXParserFactory parsers, Schema schema, Queue<Pipeline> idle) {

        static Setup create() {
            URL xsd = MigrationReader.class.getResource(MigrationDocument.SCHEMA_RESOURCE);
            if (xsd == null) {
                throw new IllegalStateException(MigrationDocument.SCHEMA_RESOURCE + " is missing from the class path");
            }
            try {
                SAXParserFactory parsers = SAXParserFactory.newDefaultInstance();
                parsers.setNamespaceAware(true);
                // a migration file has no business with a DTD; refusing one also rules out external entities
                parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                return new Setup(parsers, SchemaFactory.newDefaultInstance().newSchema(xsd), new ConcurrentLinkedQueue<>());
            } catch (SAXException | ParserConfigurationException e) {
                throw new IllegalStateException("Cannot set up the migration file reader: " + e, e);
            }
        }
    }

    /** Reads a file; its file name is the name used in error messages. */
    public MigrationDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one migration file from the stream, which the caller closes.
     *
     * @param sourceName the name for error messages, normally the file name
     * @throws MigrationFileException if the file is not a valid migration file
     * @throws UncheckedIOException if the stream cannot be read
     */
    public MigrationDocument read(InputStream in, String sourceName) {
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration file " + sourceName + ": " + e.getMessage(), e);
        }
        Locations locations = new Locations(sourceName);
        Bindings.MigrationXml root = LeanFileReader.read(content, sourceName, locations, false);
        return root != null ? root.toDocument(locations) : validated(content, sourceName);
    }

    /**
     * Reads a file through the parser and the XSD validator, which say what is wrong with it (package
     * access for the tests that hold the lean reader to it).
     */
    MigrationDocument validated(byte[] content, String sourceName) {
        Queue<Pipeline> idle = setup().idle();
        Pipeline pipeline = idle.poll();
        if (pipeline == null) {
            pipeline = new Pipeline();
        }
        Locations locations = new Locations(sourceName);
        Bindings.MigrationXml root = pipeline.parse(new ByteArrayInputStream(content), sourceName, locations);
        // only a pipeline that finished cleanly goes back; one that failed half-way is dropped
        idle.offer(pipeline);
        return root.toDocument(locations);
    }

    /**
     * Reads a file whose exact bytes were validated before (the history records their hash): by
     * {@link LeanFileReader} without checking the XSD's rules again, or the validating way when it
     * declines. Both give the same document.
     */
    public MigrationDocument readVouched(byte[] content, String sourceName) {
        Locations locations = new Locations(sourceName);
        Bindings.MigrationXml root = LeanFileReader.read(content, sourceName, locations, true);
        return root != null ? root.toDocument(locations) : validated(content, sourceName);
    }

    /**
     * A parser and the schema validator, chained in that order and used by one thread at a time,
     * with a {@link BindingHandler} behind them for each file. Making them costs more than reading a
     * small file (the validator most of all), so they are pooled rather than made per file.
     */
    private final class Pipeline {
        /** Here rather than in the reader: a reader that never validates loads no SAX class. */
        private static final ErrorHandler THROW_ERRORS = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        };

        private final LocatorFilter parser;
        private final ValidatorHandler validator;
        private final ValidationErrors validationErrors = new ValidationErrors();

        Pipeline() {
            XMLReader reader;
            try {
                SAXParserFactory parsers = setup().parsers();
                synchronized (parsers) {
                    // a factory is not promised to be thread-safe
                    reader = parsers.newSAXParser().getXMLReader();
                }
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("Cannot set up a migration file parser: " + e, e);
            }
            validator = setup().schema().newValidatorHandler();
            validator.setErrorHandler(validationErrors);
            parser = new LocatorFilter(reader);
            parser.setContentHandler(validator);
            parser.setErrorHandler(THROW_ERRORS);
        }

        Bindings.MigrationXml parse(InputStream in, String sourceName, Locations locations) {
            BindingHandler handler = new BindingHandler(locations, () -> parser.locator);
            validator.setContentHandler(handler);
            validationErrors.pending = null;
            try {
                parser.parse(new InputSource(in));
                if (validationErrors.pending != null) {
                    throw validationErrors.pending;
                }
                // a parse that ends without an error has closed the root element, which the handler keeps
                return Objects.requireNonNull(handler.root());
            } catch (SAXParseException e) {
                SAXParseException first = validationErrors.pending != null ? validationErrors.pending : e;
                throw new MigrationFileException(sourceName, first.getLineNumber(), first.getColumnNumber(),
                        first instanceof PlainError ? first.getMessage() : XsdMessages.plain(first.getMessage()), first);
            } catch (SAXException e) {
                throw new MigrationFileException(sourceName, -1, -1, XsdMessages.plain(String.valueOf(e.getMessage())), e);
            } catch (UnsupportedEncodingException e) {
                // the XML declaration names an encoding this JVM does not know; the parser has no locator yet
                throw new MigrationFileException(sourceName, 1, 1, XsdMessages.unknownEncoding(e.getMessage()), e);
            } catch (CharConversionException e) {
                Locator at = parser.locator;
                throw new MigrationFileException(sourceName, at == null ? 1 : at.getLineNumber(),
                        at == null ? 1 : at.getColumnNumber(), "the bytes do not match the file's encoding: "
                                + e.getMessage() + " Save the file as UTF-8, or name its encoding in the XML declaration.",
                        e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read migration file " + sourceName + ": " + e.getMessage(), e);
            } finally {
                validator.setContentHandler(null);
                validationErrors.pending = null;
            }
        }
    }

    /**
     * Throws the validator's errors, except that an error about a value alone ("'yes' is not a valid
     * value for 'boolean'") waits for the one Xerces reports right after it, naming the attribute or
     * element, so that the message can say both.
     */
    private static final class ValidationErrors implements ErrorHandler {
        @Nullable SAXParseException pending;

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            if (pending == null && XsdMessages.isValueError(e.getMessage())) {
                pending = e;
                return;
            }
            SAXParseException first = pending;
            if (first != null) {
                pending = null;
                throw new PlainError(XsdMessages.isValueOwner(e.getMessage())
                        ? XsdMessages.plain(first.getMessage(), e.getMessage()) : XsdMessages.plain(first.getMessage()),
                        first);
            }
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            error(e);
        }
    }

    /** An error whose message is already in plain words. */
    private static final class PlainError extends SAXParseException {
        PlainError(String message, SAXParseException at) {
            super(message, at.getPublicId(), at.getSystemId(), at.getLineNumber(), at.getColumnNumber(), at);
        }
    }

    /** Passes the parser's events on, keeping hold of the parser's locator. */
    private static final class LocatorFilter extends XMLFilterImpl {
        @Nullable Locator locator;

        LocatorFilter(XMLReader parent) {
            super(parent);
        }

        @Override
        public void setDocumentLocator(@Nullable Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }
    }
}
