package dev.valuex.interchange.cjml;

import static java.util.Objects.requireNonNull;

import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Problem;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.journey.Characteristic;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.OrganisationFunction;
import dev.valuex.core.journey.Touchpoint;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes customer journeys as CJML 2.0 documents, using the JDK's StAX parser with
 * DTDs and external entities switched off.
 *
 * <p>What maps: the journey's name is the {@code journeyID}; the customer is one {@code
 * endUser} actor; each {@link OrganisationFunction} is a {@code serviceProvider} actor whose
 * {@code actorID} and {@code companyName} are the function's name; each {@link Touchpoint} is a
 * {@code communicationPoint} whose {@code touchpointID} is the touchpoint's id, initiated by the
 * end user (the {@code initiatorLabel} carries the description) and received by the owning
 * function, with the channel as {@code channel/channelName}. Exports are written as a {@code
 * plannedJourney}; imports read the first {@code plannedJourney} or {@code actualJourney} and
 * accept {@code communicationPoint}, {@code actionPoint} and their {@code actual...} forms. A
 * touchpoint's owner is the service provider it refers to; references resolve by {@code
 * actorID}, then by actor or company name.
 *
 * <p>What CJML has no place for travels in the extension namespace {@value #EXTENSION_NS}
 * (prefix {@code vx}), which CJML tools may ignore: the touchpoint's stage and characteristic
 * ({@code vx:stage}, {@code vx:characteristic} attributes) and a function's owned stages and
 * hand-offs ({@code vx:owns} and {@code vx:handsOffTo} elements in its actor). The journey model
 * itself is not written: the reader is given it. Jobs are not exported. Read but not kept:
 * experience ratings, timestamps, status and deviation marks, and any actor other than the end
 * user and service providers. A touchpoint without a {@code vx:stage} gets the default stage
 * when one is given, else it is a problem.
 *
 * <pre>{@code
 * String xml = Cjml.toXml(journey);
 * Journey back = Cjml.read(new StringReader(xml), "journey.cjml", journey.model());
 * }</pre>
 */
public final class Cjml {
  /** The namespace of the valuex extension attributes and elements. */
  public static final String EXTENSION_NS = "https://valuex.dev/ns/cjml-extension/1";

  private Cjml() {}

  /**
   * Writes a journey as a CJML 2.0 document.
   *
   * @param journey the journey, not null
   * @return the XML document, never null
   */
  public static String toXml(Journey journey) {
    StringWriter out = new StringWriter();
    write(journey, out);
    return out.toString();
  }

  /**
   * Writes a journey as a CJML 2.0 document to a writer, which is flushed but not closed.
   *
   * @param journey the journey, not null
   * @param out where to write, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Journey journey, Writer out) {
    requireNonNull(journey, "journey");
    requireNonNull(out, "out");
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      String endUser = endUserId(journey);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("CJML");
      w.writeAttribute("version", "2.0");
      w.writeNamespace("vx", EXTENSION_NS);
      open(w, 1, "plannedJourney");
      text(w, 2, "journeyID", journey.name());
      open(w, 2, "actors");
      open(w, 3, "endUser");
      w.writeAttribute("actorID", endUser);
      text(w, 4, "actorName", "Customer");
      close(w, 3);
      for (OrganisationFunction f : journey.functions()) {
        open(w, 3, "serviceProvider");
        w.writeAttribute("actorID", f.name());
        text(w, 4, "companyName", f.name());
        for (String s : f.ownedStages()) {
          nl(w, 4);
          w.writeEmptyElement("vx", "owns", EXTENSION_NS);
          w.writeAttribute("stage", s);
        }
        for (String h : f.handsOffTo()) {
          nl(w, 4);
          w.writeEmptyElement("vx", "handsOffTo", EXTENSION_NS);
          w.writeAttribute("function", h);
        }
        close(w, 3);
      }
      close(w, 2);
      open(w, 2, "touchpoints");
      for (Touchpoint t : journey.touchpoints()) {
        open(w, 3, "communicationPoint");
        w.writeAttribute("vx", EXTENSION_NS, "stage", t.stage());
        w.writeAttribute("vx", EXTENSION_NS, "characteristic", t.characteristic().name());
        text(w, 4, "touchpointID", t.id());
        open(w, 4, "initiator");
        ref(w, 5, endUser);
        if (t.description().isPresent()) {
          text(w, 5, "initiatorLabel", t.description().get());
        }
        close(w, 4);
        if (t.owner().isPresent()) {
          open(w, 4, "receiver");
          ref(w, 5, t.owner().get());
          close(w, 4);
        }
        open(w, 4, "channel");
        text(w, 5, "channelName", t.channel());
        close(w, 4);
        close(w, 3);
      }
      close(w, 2);
      close(w, 1);
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
      out.flush();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a journey from a CJML 2.0 document; every touchpoint must carry a {@code vx:stage}.
   *
   * @param in the document, not null; not closed
   * @param source what is read, for messages, e.g. a file name, not null
   * @param model the journey model whose stages the document names, not null
   * @return the journey, never null
   * @throws ValuexFormatException listing every problem with the line and column where the
   *     start tag of the element at fault ends
   */
  public static Journey read(Reader in, String source, JourneyModel model) {
    return read(in, source, model, Optional.empty());
  }

  /**
   * Reads a journey from a CJML 2.0 document, placing touchpoints without a {@code vx:stage} at
   * a default stage, as for plain CJML documents made by other tools.
   *
   * @param in the document, not null; not closed
   * @param source what is read, for messages, e.g. a file name, not null
   * @param model the journey model whose stages the document names, not null
   * @param defaultStage the stage of touchpoints without a {@code vx:stage}, not null
   * @return the journey, never null
   * @throws ValuexFormatException listing every problem with the line and column where the
   *     start tag of the element at fault ends
   */
  public static Journey read(Reader in, String source, JourneyModel model, String defaultStage) {
    return read(in, source, model, Optional.of(requireNonNull(defaultStage, "defaultStage")));
  }

  /**
   * Reads a journey from a CJML 2.0 string.
   *
   * @param xml the document, not null
   * @param source what is read, for messages, not null
   * @param model the journey model whose stages the document names, not null
   * @return the journey, never null
   * @throws ValuexFormatException listing every problem with the line and column where the
   *     start tag of the element at fault ends
   */
  public static Journey fromXml(String xml, String source, JourneyModel model) {
    return read(new StringReader(requireNonNull(xml, "xml")), source, model);
  }

  private static Journey read(Reader in, String source, JourneyModel model,
      Optional<String> defaultStage) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(model, "model");
    Node root = parse(in, source);
    List<Problem> problems = new ArrayList<>();
    if (!root.name.equals("CJML")) {
      problems.add(root.at("the root element must be CJML, got " + root.name));
      throw ValuexFormatException.of(source, problems);
    }
    Node journeyNode = null;
    for (Node c : root.children) {
      if (c.name.equals("plannedJourney") || c.name.equals("actualJourney")) {
        journeyNode = c;
        break;
      }
    }
    if (journeyNode == null) {
      problems.add(root.at("CJML must hold a plannedJourney or actualJourney"));
      throw ValuexFormatException.of(source, problems);
    }
    String name = journeyNode.childText("journeyID").orElse("");
    if (name.isBlank()) {
      problems.add(journeyNode.at("journeyID must be present and not blank"));
    }
    // Actors: the end user and the service providers; every other actor kind is skipped.
    Set<String> endUsers = new HashSet<>();
    Map<String, String> providerById = new HashMap<>();
    Map<String, Node> providers = new LinkedHashMap<>();
    Node actors = journeyNode.child("actors");
    if (actors != null) {
      for (Node a : actors.children) {
        String id = a.attrs.getOrDefault("actorID", "");
        if (a.name.equals("endUser")) {
          endUsers.add(id);
          a.childText("actorName").ifPresent(endUsers::add);
        } else if (a.name.equals("serviceProvider")) {
          String fname = a.childText("companyName").orElse(id).strip();
          if (fname.isEmpty()) {
            problems.add(a.at("serviceProvider must have an actorID or companyName"));
            continue;
          }
          if (providers.containsKey(fname)) {
            problems.add(a.at("serviceProvider " + fname + " appears twice"));
            continue;
          }
          providers.put(fname, a);
          providerById.put(fname, fname);
          if (!id.isEmpty()) {
            providerById.put(id, fname);
          }
        }
      }
    }
    List<OrganisationFunction> functions = new ArrayList<>();
    for (Map.Entry<String, Node> p : providers.entrySet()) {
      OrganisationFunction.Builder b = OrganisationFunction.builder().name(p.getKey());
      for (Node c : p.getValue().children) {
        if (EXTENSION_NS.equals(c.ns) && c.name.equals("owns")) {
          String stage = c.attrs.getOrDefault("stage", "");
          if (model.stage(stage).isEmpty()) {
            problems.add(c.at("vx:owns stage must name a stage of model " + model.name()
                + ", got '" + stage + "'"));
          } else {
            b.addOwnedStage(stage);
          }
        } else if (EXTENSION_NS.equals(c.ns) && c.name.equals("handsOffTo")) {
          String target = c.attrs.getOrDefault("function", "");
          if (!providers.containsKey(target)) {
            problems.add(c.at("vx:handsOffTo function must name a serviceProvider, got '"
                + target + "'"));
          } else {
            b.addHandsOffTo(target);
          }
        }
      }
      build(problems, p.getValue(), () -> functions.add(b.build()));
    }
    List<Touchpoint> touchpoints = new ArrayList<>();
    Node tps = journeyNode.child("touchpoints");
    if (tps != null) {
      for (Node t : tps.children) {
        String kind = t.name.toLowerCase(Locale.ROOT);
        if (!kind.endsWith("communicationpoint") && !kind.endsWith("actionpoint")) {
          continue;
        }
        readTouchpoint(t, model, defaultStage, endUsers, providerById, problems)
            .ifPresent(touchpoints::add);
      }
    }
    if (!problems.isEmpty()) {
      throw ValuexFormatException.of(source, problems);
    }
    Journey.Builder j = Journey.builder().name(name.strip()).model(model)
        .addAllFunctions(functions).addAllTouchpoints(touchpoints);
    List<Journey> result = new ArrayList<>();
    build(problems, journeyNode, () -> result.add(j.build()));
    if (!problems.isEmpty()) {
      throw ValuexFormatException.of(source, problems);
    }
    return result.get(0);
  }

  private static Optional<Touchpoint> readTouchpoint(Node t, JourneyModel model,
      Optional<String> defaultStage, Set<String> endUsers, Map<String, String> providerById,
      List<Problem> problems) {
    int before = problems.size();
    String id = t.childText("touchpointID").orElse("").strip();
    if (id.isEmpty()) {
      problems.add(t.at(t.name + " must have a touchpointID"));
    }
    String what = id.isEmpty() ? t.name + ": " : t.name + " " + id + ": ";
    Optional<String> stage = Optional.ofNullable(t.attrs.get("{" + EXTENSION_NS + "}stage"))
        .or(() -> defaultStage);
    if (stage.isEmpty()) {
      problems.add(t.at(what + "vx:stage must be present when no default stage is given"));
    } else if (model.stage(stage.get()).isEmpty()) {
      problems.add(t.at(what + "vx:stage must name a stage of model " + model.name()
          + ", got '" + stage.get() + "'"));
    }
    Characteristic characteristic = Characteristic.FUNCTIONAL;
    String c = t.attrs.get("{" + EXTENSION_NS + "}characteristic");
    if (c != null) {
      try {
        characteristic = Characteristic.valueOf(c);
      } catch (IllegalArgumentException e) {
        problems.add(t.at(what + "vx:characteristic must be FUNCTIONAL, SOCIAL or"
            + " EMOTIONAL, got '" + c + "'"));
      }
    }
    Node channel = t.child("channel");
    Optional<String> channelName = channel == null ? Optional.empty()
        : channel.childText("channelName");
    if (channelName.isEmpty() || channelName.get().isBlank()) {
      problems.add(t.at(what + "channel/channelName must be present and not blank"));
    }
    Optional<String> owner = Optional.empty();
    Optional<String> description = Optional.empty();
    for (String role : List.of("receiver", "initiator")) {
      Node r = t.child(role);
      if (r == null) {
        continue;
      }
      if (role.equals("initiator")) {
        description = r.childText("initiatorLabel").map(String::strip)
            .filter(s -> !s.isEmpty());
      }
      Node ref = r.child("refersTo");
      if (ref == null) {
        continue;
      }
      String to = ref.attrs.getOrDefault("actorIDref", "");
      if (providerById.containsKey(to)) {
        if (owner.isEmpty()) {
          owner = Optional.of(providerById.get(to));
        }
      } else if (!endUsers.contains(to)) {
        problems.add(ref.at(what + role + " refersTo actorIDref must name an actor of the"
            + " journey, got '" + to + "'"));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    Touchpoint.Builder b = Touchpoint.builder().id(id).stage(stage.orElseThrow())
        .channel(channelName.orElseThrow().strip()).characteristic(characteristic)
        .description(description).owner(owner);
    List<Touchpoint> result = new ArrayList<>();
    build(problems, t, () -> result.add(b.build()));
    return result.stream().findFirst();
  }

  private static void build(List<Problem> problems, Node at, Runnable step) {
    try {
      step.run();
    } catch (InvalidValueException e) {
      problems.add(at.at(e.getMessage()));
    }
  }

  private static String endUserId(Journey journey) {
    String id = "end-user";
    for (int i = 2; journey.function(id).isPresent(); i++) {
      id = "end-user-" + i;
    }
    return id;
  }

  private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static void open(XMLStreamWriter w, int depth, String element)
      throws XMLStreamException {
    nl(w, depth);
    w.writeStartElement(element);
  }

  private static void close(XMLStreamWriter w, int depth) throws XMLStreamException {
    nl(w, depth);
    w.writeEndElement();
  }

  private static void text(XMLStreamWriter w, int depth, String element, String value)
      throws XMLStreamException {
    open(w, depth, element);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static void ref(XMLStreamWriter w, int depth, String actor)
      throws XMLStreamException {
    nl(w, depth);
    w.writeEmptyElement("refersTo");
    w.writeAttribute("actorIDref", actor);
  }

  /** A parsed element: name, namespace, attributes (extension ones as {ns}name), children. */
  private static final class Node {
    final String name;
    final @Nullable String ns;
    final int line;
    final int column;
    final Map<String, String> attrs = new HashMap<>();
    final List<Node> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Node(String name, @Nullable String ns, Location at) {
      this.name = name;
      this.ns = ns;
      this.line = at.getLineNumber();
      this.column = at.getColumnNumber();
    }

    Problem at(String message) {
      return located(line, column, message);
    }

    @Nullable Node child(String n) {
      for (Node c : children) {
        if (c.name.equals(n) && c.ns == null) {
          return c;
        }
      }
      return null;
    }

    Optional<String> childText(String n) {
      Node c = child(n);
      return c == null ? Optional.empty() : Optional.of(c.text.toString());
    }
  }

  private static Node parse(Reader in, String source) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    try {
      XMLStreamReader r = f.createXMLStreamReader(in);
      List<Node> stack = new ArrayList<>();
      Node root = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String ns = r.getNamespaceURI();
          Node n = new Node(r.getLocalName(), ns == null || ns.isEmpty() ? null : ns,
              r.getLocation());
          for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            String key = ans == null || ans.isEmpty() ? r.getAttributeLocalName(i)
                : "{" + ans + "}" + r.getAttributeLocalName(i);
            n.attrs.put(key, r.getAttributeValue(i));
          }
          if (stack.isEmpty()) {
            root = n;
          } else {
            stack.get(stack.size() - 1).children.add(n);
          }
          stack.add(n);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stack.remove(stack.size() - 1);
        } else if ((event == XMLStreamConstants.CHARACTERS
            || event == XMLStreamConstants.CDATA) && !stack.isEmpty()) {
          stack.get(stack.size() - 1).text.append(r.getText());
        }
      }
      r.close();
      if (root == null) {
        throw ValuexFormatException.of(source,
            List.of(Problem.of("the document must have a root element, got none")));
      }
      return root;
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
      int nested = msg.indexOf("Message: ");
      String text = "malformed XML: "
          + (nested >= 0 ? msg.substring(nested + "Message: ".length()) : msg).strip();
      throw ValuexFormatException.of(source, List.of(l == null
          ? Problem.of(text) : located(l.getLineNumber(), l.getColumnNumber(), text)));
    }
  }

  /**
   * A problem at what the XML parser says is its place, as much of it as is known: the JDK's
   * parser reports -1 for an unknown line or column and, after some inputs, a negative column.
   */
  private static Problem located(int line, int column, String message) {
    if (line < 1) {
      return Problem.of(message);
    }
    return column < 1 ? Problem.atLine(line, message) : Problem.atLine(line, column, message);
  }
}
