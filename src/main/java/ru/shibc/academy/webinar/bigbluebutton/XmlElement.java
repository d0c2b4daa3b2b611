package ru.shibc.academy.webinar.bigbluebutton;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An answer read into a small tree: the API's answers are a few kilobytes, and a tree is far easier
 * to read from than a stream of events.
 *
 * <p>Read with the JDK's own StAX implementation ({@link XMLInputFactory#newDefaultFactory()}, not
 * whatever the application server puts first on the class path), DTDs and external entities
 * switched off, and any DOCTYPE refused outright: BigBlueButton never sends one, so one means a
 * broken or hostile server (XXE, entity expansion).
 */
record XmlElement(String name, String text, List<XmlElement> children) {

  static final class NotXmlException extends Exception {
    private static final long serialVersionUID = 1L;

    NotXmlException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final XMLInputFactory FACTORY = createFactory();

  static XmlElement parse(byte[] xml) throws NotXmlException {
    XMLStreamReader reader = null;
    try {
      synchronized (FACTORY) {
        reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
      }
      Deque<Builder> open = new ArrayDeque<>();
      XmlElement root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw new NotXmlException("the answer has a DOCTYPE, which is refused", null);
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new NotXmlException("the answer refers to an undeclared entity", null);
          case XMLStreamConstants.START_ELEMENT -> open.push(new Builder(reader.getLocalName()));
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peek().text.append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            XmlElement done = open.pop().build();
            if (open.isEmpty()) {
              root = done;
            } else {
              open.peek().children.add(done);
            }
          }
          default -> {
            // comments, processing instructions and whitespace outside the root carry nothing
          }
        }
      }
      if (root == null) {
        throw new NotXmlException("the answer has no root element", null);
      }
      return root;
    } catch (XMLStreamException e) {
      throw new NotXmlException("the answer is not well-formed XML: " + e.getMessage(), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing is held open: the input is a byte array
        }
      }
    }
  }

  Optional<XmlElement> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  List<XmlElement> children(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** The stripped text of a child, or empty if there is no such child. */
  Optional<String> text(String childName) {
    return child(childName).map(XmlElement::text);
  }

  private static XMLInputFactory createFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are not loaded: " + systemId);
        });
    return factory;
  }

  private static final class Builder {
    final String name;
    final StringBuilder text = new StringBuilder();
    final List<XmlElement> children = new ArrayList<>();

    Builder(String name) {
      this.name = name;
    }

    XmlElement build() {
      return new XmlElement(name, text.toString().strip(), List.copyOf(children));
    }
  }
}
