package ru.shibc.academy.assessment.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of a Moodle XML question, read into memory: Moodle's questions are small, and a tree
 * is easier to map than a stream. Only what the mapping needs is kept.
 *
 * @param text the element's own character data (CDATA included), children's text excluded
 * @param line where the element starts
 */
record XmlElement(
    String name, Map<String, String> attributes, String text, List<XmlElement> children, int line) {

  /**
   * Reads the element the reader stands on, up to and including its end tag.
   *
   * @throws XMLStreamException on malformed XML
   */
  static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
    String name = reader.getLocalName();
    int line = reader.getLocation().getLineNumber();
    Map<String, String> attributes = new java.util.HashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    StringBuilder text = new StringBuilder();
    List<XmlElement> children = new ArrayList<>();
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        children.add(read(reader));
      } else if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        text.append(reader.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return new XmlElement(name, Map.copyOf(attributes), text.toString(), children, line);
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("unexpected end of document inside <" + name + ">");
      }
    }
  }

  /** The first child of that name, or null. */
  XmlElement child(String childName) {
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        return child;
      }
    }
    return null;
  }

  List<XmlElement> all(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).toList();
  }

  /** The trimmed text of the named child, or {@code otherwise} if there is none. */
  String value(String childName, String otherwise) {
    XmlElement child = child(childName);
    return child == null ? otherwise : child.text.strip();
  }

  /** The trimmed text of this element's {@code <text>} child, or "" without one. */
  String textChild() {
    return value("text", "");
  }

  /** The trimmed {@code <text>} of the named child, or "" without one. */
  String textOf(String childName) {
    XmlElement child = child(childName);
    return child == null ? "" : child.textChild();
  }

  String attribute(String attributeName) {
    return attributes.get(attributeName);
  }
}
