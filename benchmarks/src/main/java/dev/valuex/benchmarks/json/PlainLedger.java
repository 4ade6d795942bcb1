package dev.valuex.benchmarks.json;

import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Pairing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: plain mutable Java objects with the same JSON shape as a valuex ledger, bound
 * by Jackson's data binding with no validation. Fields are public so Jackson binds them
 * directly; snake case comes from the mapper's naming strategy.
 */
public final class PlainLedger {
  public String format = "valuex.ledger/1";
  public String id = "";
  public Subject subject = new Subject();
  public String owner = "";
  public String author = "";
  public String perspective = "";
  public String view = "";
  public @Nullable String context;
  public @Nullable String purpose;
  public String asOf = "";
  public List<Entry> entries = new ArrayList<>();
  public List<Link> pairings = new ArrayList<>();
  public @Nullable Judgement judgement;
  public List<String> notes = new ArrayList<>();
  public @Nullable String supersedes;

  /** The subject. */
  public static final class Subject {
    public String kind = "";
    public String label = "";
    public List<String> segments = new ArrayList<>();
  }

  /** One entry. */
  public static final class Entry {
    public String element = "";
    public String side = "";
    public @Nullable Integer importance;
    public List<Quote> evidence = new ArrayList<>();
    public @Nullable String note;
  }

  /** One piece of evidence. */
  public static final class Quote {
    public String kind = "";
    public String text = "";
    public @Nullable String source;
    public @Nullable String speaker;
    public @Nullable String date;
  }

  /** One pairing. */
  public static final class Link {
    public List<String> given = new ArrayList<>();
    public List<String> received = new ArrayList<>();
    public @Nullable String note;
  }

  /** The judgement. */
  public static final class Judgement {
    public String verdict = "";
    public @Nullable String rationale;
    public String recordedBy = "";
    public String recordedOn = "";
  }

  static String token(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static PlainLedger of(Ledger l) {
    PlainLedger p = new PlainLedger();
    p.id = l.id().value();
    p.subject.kind = token(l.subject().kind());
    p.subject.label = l.subject().label();
    p.subject.segments.addAll(l.subject().segments());
    p.owner = l.owner();
    p.author = l.author();
    p.perspective = l.perspective().deck();
    p.view = token(l.view());
    p.context = l.context().orElse(null);
    p.purpose = l.purpose().orElse(null);
    p.asOf = l.asOf().toString();
    for (LedgerEntry e : l.entries()) {
      Entry pe = new Entry();
      pe.element = e.element().toString();
      pe.side = token(e.side());
      pe.importance = e.importance().isPresent() ? e.importance().getAsInt() : null;
      for (Evidence ev : e.evidence()) {
        Quote q = new Quote();
        q.kind = token(ev.kind());
        q.text = ev.text();
        q.source = ev.source().orElse(null);
        q.speaker = ev.speaker().orElse(null);
        q.date = ev.date().map(Object::toString).orElse(null);
        pe.evidence.add(q);
      }
      pe.note = e.note().orElse(null);
      p.entries.add(pe);
    }
    for (Pairing pr : l.pairings()) {
      Link link = new Link();
      pr.given().forEach(g -> link.given.add(g.toString()));
      pr.received().forEach(r -> link.received.add(r.toString()));
      link.note = pr.note().orElse(null);
      p.pairings.add(link);
    }
    l.judgement().ifPresent(j -> {
      Judgement pj = new Judgement();
      pj.verdict = token(j.verdict());
      pj.rationale = j.rationale().orElse(null);
      pj.recordedBy = j.recordedBy();
      pj.recordedOn = j.recordedOn().toString();
      p.judgement = pj;
    });
    p.notes.addAll(l.notes());
    p.supersedes = l.supersedes().map(Object::toString).orElse(null);
    return p;
  }
}
