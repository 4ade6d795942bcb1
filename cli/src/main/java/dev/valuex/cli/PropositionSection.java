package dev.valuex.cli;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.valuex.core.View;
import dev.valuex.core.analysis.Slice;
import dev.valuex.interchange.ValuexJson;
import dev.valuex.planning.ElementFit;
import dev.valuex.planning.PlanId;
import dev.valuex.planning.PropositionFit;
import dev.valuex.planning.SliceFit;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.ValueProposition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report's proposition-fit section: how far the sample's value proposition ({@code
 * sample/proposition.json}) serves the value riders seek in their CURRENT ledgers, overall and
 * per segment, what nothing serves, which offerings serve nothing sought, and the plan rows
 * the unserved elements would seed. Rendered from its own template ({@code
 * report-proposition.html.mustache}) so the report can place it as one block.
 */
final class PropositionSection {
  static final String PROPOSITION = "sample/proposition.json";
  /** Unserved elements sought by at least this share of ledgers seed the plan. */
  static final double SEED_SHARE = 0.1;
  /** How many unserved elements the fit table names per slice. */
  static final int SHOWN = 5;

  private PropositionSection() {}

  /** Reads the sample study's proposition, resolving its card names. */
  static ValueProposition sampleProposition(Study study) {
    try (InputStream in = SampleStudy.resource(PROPOSITION)) {
      return ValuexJson.create().readProposition(in, Inputs.resolver(study.catalog));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders the section for the sample's proposition over the study's CURRENT ledgers. */
  static String render(Study study) {
    return render(study, sampleProposition(study));
  }

  static String render(Study study, ValueProposition proposition) {
    Template template;
    try (Reader in = new InputStreamReader(Objects.requireNonNull(
        PropositionSection.class.getResourceAsStream("report-proposition.html.mustache"),
        "proposition section template"), StandardCharsets.UTF_8)) {
      template = Mustache.compiler().defaultValue("").emptyStringIsFalse(true).compile(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return template.execute(model(study, proposition));
  }

  static Map<String, Object> model(Study study, ValueProposition proposition) {
    PropositionFit fit = PropositionFit.of(proposition, study.summary,
        Slice.ofView(View.CURRENT));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", proposition.name());
    m.put("offeringCount", proposition.offerings().size());
    m.put("ledgers", fit.overall().ledgers());
    m.put("served", share(fit.overall()));
    List<Map<String, Object>> slices = new ArrayList<>();
    List<SliceFit> all = new ArrayList<>();
    all.add(fit.overall());
    all.addAll(fit.segments());
    for (SliceFit s : all) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", s == fit.overall() ? "all CURRENT ledgers" : s.label());
      row.put("ledgers", s.ledgers());
      row.put("served", share(s));
      row.put("unserved", names(study, s.unserved()));
      row.put("idle", s.idleOfferings().isEmpty() ? "none" : String.join(", ",
          s.idleOfferings()));
      slices.add(row);
    }
    m.put("slices", slices);
    List<Map<String, Object>> sought = new ArrayList<>();
    for (ElementFit e : fit.overall().sought()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("element", study.name(e.element()));
      row.put("ledgers", e.ledgers());
      row.put("share", Format.percent(e.share()));
      row.put("servedBy", e.isServed() ? String.join(", ", e.servedBy()) : "nothing");
      row.put("unserved", !e.isServed());
      sought.add(row);
    }
    m.put("sought", sought);
    List<String> relieved = new ArrayList<>();
    for (ElementFit e : fit.overall().relieved()) {
      relieved.add(study.name(e.element()) + " (" + e.ledgers() + " ledgers; "
          + String.join(", ", e.servedBy()) + ")");
    }
    m.put("relieved", relieved.isEmpty() ? "none" : String.join("; ", relieved));
    ValueCreationPlan seeded = fit.seedPlan(PlanId.of("unserved-value"),
        "Value nothing we offer creates yet", study.plan.createdOn(),
        study.catalog::require, study.ledgers, SEED_SHARE);
    List<String> rows = new ArrayList<>();
    seeded.rows().forEach(r -> rows.add(r.label() + " (" + r.sourceLedgers().size()
        + " ledgers, " + r.evidence().size() + " pieces of evidence)"));
    m.put("seededRows", rows);
    m.put("seededCount", rows.size());
    m.put("seedShare", Format.percent(SEED_SHARE));
    return m;
  }

  private static String share(SliceFit s) {
    return s.servedShare().isPresent() ? Format.percent(s.servedShare().getAsDouble()) : "-";
  }

  private static String names(Study study, List<ElementFit> rows) {
    if (rows.isEmpty()) {
      return "none";
    }
    List<String> names = new ArrayList<>();
    for (ElementFit e : rows.subList(0, Math.min(SHOWN, rows.size()))) {
      names.add(study.name(e.element()) + " " + e.ledgers());
    }
    return String.join(", ", names)
        + (rows.size() > SHOWN ? " and " + (rows.size() - SHOWN) + " more" : "");
  }
}
