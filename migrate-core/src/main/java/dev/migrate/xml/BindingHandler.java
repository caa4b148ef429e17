package dev.migrate.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Fills the {@link Bindings} classes from the events the XSD validator passes on, the way JAXB did,
 * guided by the same annotations ({@code @XmlAttribute}, {@code @XmlElement}, {@code @XmlElements},
 * {@code @XmlValue} on fields). The validator has already checked the structure and the values, so
 * this only places them. It replaces JAXB's unmarshaller because a JAXB context costs about half a
 * second in a cold JVM and its unmarshalling more than the parse itself, on every start that reads
 * a file.
 */
final class BindingHandler extends DefaultHandler {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Locations locations;
    private final Supplier<@Nullable Locator> parserAt;
    private final Deque<Frame> open = new ArrayDeque<>();
    private Bindings.@Nullable MigrationXml root;

    /** @param parserAt where the parser is: the validator in between passes on no locator of its own */
    BindingHandler(Locations locations, Supplier<@Nullable Locator> parserAt) {
        this.locations = locations;
        this.parserAt = parserAt;
    }

    /** The bound root element; null before the document ended. */
    Bindings.@Nullable MigrationXml root() {
        return root;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (open.isEmpty()) {
            Bindings.MigrationXml migration = new Bindings.MigrationXml();
            bind(migration, attributes);
            open.push(new Frame(migration, null, null));
            return;
        }
        Frame parent = open.peek();
        // a slot is looked up, and so found, only in an element that binds: where there is one, parent.target is not null
        Slot slot = parent.target == null ? null : SHAPES.get(parent.target.getClass()).elements.get(localName);
        if (slot == null && parent.target != null) {
            // the validator reports an element in an element that takes none only at its end; this is sooner and points at it
            List<String> expected = new ArrayList<>();
            for (String name : SHAPES.get(parent.target.getClass()).elements.keySet()) {
                expected.add("<" + name + ">");
            }
            Collections.sort(expected);
            throw new SAXParseException(XsdMessages.unexpected(localName, expected), parserAt.get());
        } else if (slot == null) {
            open.push(new Frame(null, null, null));
        } else if (slot.type == String.class) {
            open.push(new Frame(null, new Placement(Objects.requireNonNull(parent.target), slot.field), new StringBuilder()));
        } else {
            Object element = instantiate(slot.type);
            bind(element, attributes);
            place(Objects.requireNonNull(parent.target), slot.field, element);
            Field value = SHAPES.get(slot.type).value;
            open.push(new Frame(element, value == null ? null : new Placement(element, value),
                    value == null ? null : new StringBuilder()));
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        Frame current = open.peek();
        if (current != null && current.text != null) {
            current.text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        Frame closed = open.pop();
        if (closed.text != null && closed.textGoesTo != null) {
            place(closed.textGoesTo.target, closed.textGoesTo.field, closed.text.toString());
        }
        if (open.isEmpty()) {
            root = (Bindings.MigrationXml) closed.target;
        }
    }

    /** Records where the element is (the end of its start tag, where the validator's errors point too) and sets its attributes. */
    private void bind(Object element, Attributes attributes) throws SAXException {
        Locator locator = parserAt.get();
        if (locator != null) {
            locations.record(element, locator.getLineNumber(), locator.getColumnNumber());
        }
        Map<String, Field> fields = SHAPES.get(element.getClass()).attributes;
        for (int i = 0; i < attributes.getLength(); i++) {
            Field field = attributes.getURI(i).isEmpty() ? fields.get(attributes.getLocalName(i)) : null;
            if (field != null) {
                set(element, field, convert(field, attributes.getValue(i), attributes.getLocalName(i)));
            }
        }
    }

    private Object convert(Field field, String value, String name) throws SAXException {
        Class<?> type = field.getType();
        if (type == String.class) {
            return value;
        }
        String token = value.strip();
        try {
            if (type == Boolean.class) {
                return switch (token) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> throw new NumberFormatException();
                };
            }
            if (type == Long.class) {
                return Long.valueOf(token);
            }
            if (type == Integer.class) {
                return Integer.valueOf(token);
            }
        } catch (NumberFormatException e) {
            throw new SAXParseException("'" + value + "' is not a valid value for '" + name + "'", parserAt.get());
        }
        throw new IllegalStateException("Bindings field " + field + " has a type the reader does not convert");
    }

    @SuppressWarnings("unchecked")
    private static void place(Object target, Field field, Object value) {
        if (List.class.isAssignableFrom(field.getType())) {
            ((List<Object>) get(target, field)).add(value);
        } else {
            set(target, field, value);
        }
    }

    private static Object get(Object target, Field field) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    private static void set(Object target, Field field, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }

    private static Object instantiate(Class<?> type) {
        try {
            return SHAPES.get(type).constructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getName(), e);
        }
    }

    /** An open element: the object it fills (null for text or skipped elements), and where its text goes. */
    private record Frame(@Nullable Object target, @Nullable Placement textGoesTo, @Nullable StringBuilder text) {
    }

    private record Placement(Object target, Field field) {
    }

    /** One child element a class takes: the field it goes in and the class of its value. */
    private record Slot(Field field, Class<?> type) {
    }

    /**
     * What a class's annotations say it takes: attributes, child elements and text, and how to make
     * one. Its fields and constructor are made accessible once, so that setting them for every element
     * of every file skips the access check (which the JIT compiler otherwise spent a tenth of its
     * time on while 500 files were applied).
     */
    private record Shape(Map<String, Field> attributes, Map<String, Slot> elements, @Nullable Field value,
            Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            Map<String, Field> attributes = new HashMap<>();
            Map<String, Slot> elements = new HashMap<>();
            Field value = null;
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
                XmlElement element = field.getAnnotation(XmlElement.class);
                XmlElements choice = field.getAnnotation(XmlElements.class);
                if (attribute != null) {
                    attributes.put(name(attribute.name(), field), field);
                } else if (element != null) {
                    elements.put(name(element.name(), field), new Slot(field, valueType(field)));
                } else if (choice != null) {
                    for (XmlElement option : choice.value()) {
                        elements.put(option.name(), new Slot(field, option.type()));
                    }
                } else if (field.getAnnotation(XmlValue.class) != null) {
                    value = field;
                }
            }
            return new Shape(Map.copyOf(attributes), Map.copyOf(elements), value, constructor(type));
        }

        /** The binding class's constructor without arguments, which every one of them has. */
        private static Constructor<?> constructor(Class<?> type) {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no constructor without arguments", e);
            }
        }

        private static String name(String declared, Field field) {
            return declared.equals("##default") ? field.getName() : declared;
        }

        /** The field's type, or a list field's element type. */
        private static Class<?> valueType(Field field) {
            if (!List.class.isAssignableFrom(field.getType())) {
                return field.getType();
            }
            return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
        }
    }
}
