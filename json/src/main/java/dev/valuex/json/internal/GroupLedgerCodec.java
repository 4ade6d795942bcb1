package dev.valuex.json.internal;

import static dev.valuex.core.internal.Checks.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.analysis.GroupEntry;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import dev.valuex.core.journey.EntryRef;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes and reads {@code valuex.group-ledger/1} documents: a segment's or persona's ledger
 * (a whole {@code valuex.ledger/1} document) with the threshold it was composed by, its
 * members and the trace of each entry to the member entries behind it.
 */
public final class GroupLedgerCodec {
  /** The format marker of group ledger documents. */
  public static final String GROUP_LEDGER_FORMAT = "valuex.group-ledger/1";

  private GroupLedgerCodec() {}

  /**
   * Writes a group ledger document.
   *
   * @param g the generator
   * @param group the group ledger
   * @throws IOException if the generator fails
   */
  public static void writeGroupLedger(JsonGenerator g, GroupLedger group) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", GROUP_LEDGER_FORMAT);
    g.writeFieldName("threshold");
    writeThreshold(g, group.rule().threshold());
    g.writeBooleanField("with_evidence", group.rule().withEvidence());
    g.writeNumberField("required_members", group.requiredMembers());
    ModelCodec.texts(g, "members", group.members().stream().map(LedgerId::value).toList());
    g.writeFieldName("ledger");
    ModelCodec.LEDGER.write(g, group.ledger());
    ModelCodec.array(g, "entries", group.entries(), GroupLedgerCodec::writeEntry);
    g.writeEndObject();
  }

  /**
   * Writes a group threshold: {@code {"at_least_share": 0.3}} or {@code {"at_least_count": 3}}.
   *
   * @param g the generator
   * @param t the threshold
   * @throws IOException if the generator fails
   */
  public static void writeThreshold(JsonGenerator g, GroupThreshold t) throws IOException {
    g.writeStartObject();
    if (t.share().isPresent()) {
      g.writeNumberField("at_least_share", t.share().getAsDouble());
    } else {
      g.writeNumberField("at_least_count", t.count().getAsInt());
    }
    g.writeEndObject();
  }

  private static void writeEntry(JsonGenerator g, GroupEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("element", e.element().toString());
    g.writeStringField("side", ModelCodec.SIDES.token(e.side()));
    ModelCodec.texts(g, "members", e.members().stream().map(r -> r.ledger().value()).toList());
    g.writeNumberField("weighed", e.weighed());
    if (e.medianImportance().isPresent()) {
      g.writeNumberField("median_importance", e.medianImportance().getAsDouble());
    }
    g.writeEndObject();
  }

  /**
   * Reads a group ledger document.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the group ledger, empty when the document had problems
   */
  public static Optional<GroupLedger> readGroupLedger(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a group ledger").flatMap(f -> {
      f.format(GROUP_LEDGER_FORMAT);
      Optional<GroupThreshold> threshold =
          f.object("threshold", true, (n, ptr) -> readThreshold(n, ptr, p));
      Optional<Boolean> withEvidence = f.bool("with_evidence", true);
      OptionalInt required = f.integer("required_members", true);
      List<LedgerId> members = f.distinctTexts("members", LedgerId::of);
      Optional<Ledger> ledger = f.object("ledger", true, (n, ptr) -> ModelCodec.LEDGER.read(n,
          ptr, p));
      List<GroupEntry> entries = f.array("entries", (n, ptr) -> readEntry(n, ptr, p));
      return f.build(() -> {
        Ledger l = ledger.get();
        GroupRule rule = GroupRule.builder().id(l.id()).subject(l.subject()).owner(l.owner())
            .author(l.author()).threshold(threshold.get()).withEvidence(withEvidence.get())
            .build();
        GroupLedger group = GroupLedger.builder().ledger(l).rule(rule).addAllMembers(members)
            .addAllEntries(entries).build();
        check(group.requiredMembers() == required.getAsInt(),
            "GroupLedger " + l.id(), "required_members",
            "be the threshold's share of " + members.size() + " members, "
                + group.requiredMembers(), required.getAsInt());
        return group;
      });
    });
  }

  /**
   * Reads a group threshold.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the threshold, empty when it had problems
   */
  public static Optional<GroupThreshold> readThreshold(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a group threshold").flatMap(f -> {
      OptionalDouble share = f.number("at_least_share", false);
      OptionalInt count = f.integer("at_least_count", false);
      if (node.has("at_least_share") == node.has("at_least_count")) {
        p.add(at, "must hold exactly one of at_least_share and at_least_count, got "
            + (node.has("at_least_share") ? "both" : "neither"));
      }
      return f.build(() -> share.isPresent() ? GroupThreshold.ofShare(share.getAsDouble())
          : GroupThreshold.ofCount(count.getAsInt()));
    });
  }

  private static Optional<GroupEntry> readEntry(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a group entry").flatMap(f -> {
      Optional<ElementId> element = f.text("element", true, ModelCodec::elementId);
      Optional<Side> side = f.token("side", ModelCodec.SIDES, true);
      List<LedgerId> members = f.distinctTexts("members", LedgerId::of);
      OptionalInt weighed = f.integer("weighed", true);
      OptionalDouble median = f.number("median_importance", false);
      return f.build(() -> {
        GroupEntry.Builder b = GroupEntry.builder().element(element.get()).side(side.get())
            .weighed(weighed.getAsInt()).medianImportance(median);
        members.forEach(m -> b.addMembers(EntryRef.of(m, element.get(), side.get())));
        return b.build();
      });
    });
  }
}
