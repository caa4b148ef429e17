/**
 * Migration files: the XML format ({@code migration-1.0.xsd}, Liquibase's vocabulary in our own
 * namespace), {@link dev.migrate.xml.MigrationReader} (JAXB, validated against the XSD),
 * {@link dev.migrate.xml.MigrationWriter} (stable output) and {@link dev.migrate.xml.MigrationChecksum}.
 */
@XmlSchema(namespace = MigrationDocument.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
@NullMarked
package dev.migrate.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.jspecify.annotations.NullMarked;
