package org.ruralkg.server.ld;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ruralkg.vocab.RKG;

/** Turns the description of a resource ({@link Describer}) into the data model of {@code resource.ftlh}. */
final class ResourceView {
    /** Shown in their own sections, not among the property groups. */
    private static final Set<Property> SPECIAL = Set.of(RDF.type, RDFS.label, SKOS.prefLabel, RKG.divisionCode,
            RKG.hasQuantity);

    private final Model m;
    private final IriMap iris;
    private final String ctx;

    ResourceView(Model description, IriMap iris, String contextPath) {
        this.m = description;
        this.iris = iris;
        this.ctx = contextPath;
    }

    Map<String, Object> build(String iri, String path) {
        Resource s = m.createResource(iri);
        Map<String, Object> page = new LinkedHashMap<>();
        String label = label(s);
        page.put("iri", iri);
        page.put("label", label == null ? localName(iri) : label);
        page.put("labelEn", labelIn(s, "en"));
        page.put("types", s.listProperties(RDF.type).toList().stream().map(st -> link(st.getObject())).toList());
        page.put("divisionCode", literal(s, RKG.divisionCode));
        page.put("breadcrumbs", breadcrumbs(s));
        page.put("groups", outgoing(s));
        page.put("incoming", incoming(s));
        page.put("quantities", quantities(s));
        page.put("sources", sources(s));
        String bare = ctx + IriMap.encodePath(path);
        List<View.Link> alternates = new ArrayList<>();
        for (RdfFormat f : RdfFormat.RDF_ONLY) {
            alternates.add(new View.Link(bare + "." + f.extension(), f.mediaType(), null));
        }
        page.put("alternates", alternates);
        return page;
    }

    /** The rkg:partOf chain from the root down to the resource itself. */
    private List<View.Link> breadcrumbs(Resource s) {
        List<View.Link> chain = new ArrayList<>();
        Set<Resource> seen = new HashSet<>();
        Resource cur = s;
        while (cur != null && seen.add(cur)) {
            chain.add(link(cur));
            Statement up = cur.getProperty(RKG.partOf);
            cur = up == null || !up.getObject().isResource() ? null : up.getResource();
        }
        if (chain.size() < 2) {
            return List.of();
        }
        Collections.reverse(chain);
        return chain;
    }

    private List<View.Group> outgoing(Resource s) {
        Map<Property, List<View.Link>> groups = new LinkedHashMap<>();
        for (Statement st : s.listProperties().toList()) {
            if (!SPECIAL.contains(st.getPredicate())) {
                groups.computeIfAbsent(st.getPredicate(), p -> new ArrayList<>()).add(link(st.getObject()));
            }
        }
        return toGroups(groups);
    }

    /** Links from other resources; those from mentions and assertions appear as sources instead. */
    private List<View.Group> incoming(Resource s) {
        Map<Property, List<View.Link>> groups = new LinkedHashMap<>();
        for (Statement st : m.listStatements(null, null, s).toList()) {
            Resource from = st.getSubject();
            if (!from.equals(s) && !from.hasProperty(RDF.type, RKG.Mention)
                    && !from.hasProperty(RDF.type, RKG.Assertion)) {
                groups.computeIfAbsent(st.getPredicate(), p -> new ArrayList<>()).add(link(from));
            }
        }
        return toGroups(groups);
    }

    private List<View.Group> toGroups(Map<Property, List<View.Link>> groups) {
        List<View.Group> out = new ArrayList<>();
        groups.forEach((p, values) -> {
            values.sort((a, b) -> a.text().compareTo(b.text()));
            out.add(new View.Group(link(p), values));
        });
        out.sort((a, b) -> a.property().text().compareTo(b.property().text()));
        return out;
    }

    private List<View.Quantity> quantities(Resource s) {
        List<View.Quantity> out = new ArrayList<>();
        for (Statement st : s.listProperties(RKG.hasQuantity).toList()) {
            if (!st.getObject().isResource()) {
                continue;
            }
            Resource q = st.getResource();
            String normValue = literal(q, RKG.normalizedValue);
            String normUnit = literal(q, RKG.normalizedUnit);
            String normalized = normValue == null ? null : number(normValue) + (normUnit == null ? "" : " " + normUnit);
            out.add(new View.Quantity(link(q), literal(q, RKG.measure),
                    stated(literal(q, RKG.value), literal(q, RKG.unitText), literal(q, RKG.qualifier)),
                    normalized, literal(q, RKG.year)));
        }
        return out;
    }

    /**
     * Source sentences: one entry per sentence that mentions the resource or backs an assertion about it, with the
     * first mention highlighted. Mention offsets are source-file offsets, as is the sentence's start offset, so the
     * mention sits at (mention start - sentence start) in the sentence text.
     */
    private List<View.Source> sources(Resource s) {
        Map<Resource, Resource> mentionOf = new LinkedHashMap<>();
        Map<Resource, List<String>> claims = new LinkedHashMap<>();
        for (Resource mention : m.listSubjectsWithProperty(RKG.denotes, s).toList()) {
            Statement sent = mention.getProperty(RKG.sentence);
            if (sent != null && sent.getObject().isResource()) {
                mentionOf.putIfAbsent(sent.getResource(), mention);
                claims.putIfAbsent(sent.getResource(), new ArrayList<>());
            }
        }
        for (Resource a : m.listSubjectsWithProperty(RDF.type, RKG.Assertion).toList()) {
            Statement sent = a.getProperty(RKG.sentence);
            if (sent == null || !sent.getObject().isResource()) {
                continue;
            }
            for (Triple fact : facts(a)) {
                if (fact.getSubject().equals(s.asNode()) || fact.getObject().equals(s.asNode())) {
                    claims.computeIfAbsent(sent.getResource(), k -> new ArrayList<>()).add(claim(fact, a));
                }
            }
        }
        List<View.Source> out = new ArrayList<>();
        claims.forEach((sentence, list) -> out.add(source(sentence, mentionOf.get(sentence), list)));
        return out;
    }

    /** The facts an assertion reifies (the triple terms of its {@code rdf:reifies}). */
    private List<Triple> facts(Resource assertion) {
        List<Triple> out = new ArrayList<>();
        m.getGraph().find(assertion.asNode(), RDF.Nodes.reifies, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isTripleTerm()) {
                out.add(t.getObject().getTriple());
            }
        });
        return out;
    }

    /** "subject — predicate — object (method)" in labels. */
    private String claim(Triple fact, Resource a) {
        StringBuilder sb = new StringBuilder();
        for (Node n : List.of(fact.getSubject(), fact.getPredicate(), fact.getObject())) {
            if (!sb.isEmpty()) {
                sb.append(" — ");
            }
            sb.append(link(m.asRDFNode(n)).text());
        }
        String method = literal(a, RKG.method);
        if (method != null) {
            sb.append(" (").append(method).append(')');
        }
        return sb.toString();
    }

    private View.Source source(Resource sentence, Resource mention, List<String> claims) {
        String text = literal(sentence, RKG.text);
        Statement art = sentence.getProperty(RKG.inArticle);
        if (art == null && mention != null) {
            art = mention.getProperty(RKG.inArticle);
        }
        View.Link article = art == null ? null : link(art.getObject());
        if (text == null) {
            return new View.Source(article, link(sentence), "", "", "", claims);
        }
        int from = -1;
        int to = -1;
        Integer sentStart = integer(sentence, RKG.startOffset);
        if (mention != null && sentStart != null) {
            Integer ms = integer(mention, RKG.startOffset);
            Integer me = integer(mention, RKG.endOffset);
            if (ms != null && me != null) {
                from = ms - sentStart;
                to = me - sentStart;
            }
        }
        if (from < 0 || to <= from || to > text.length()) {
            return new View.Source(article, link(sentence), text, "", "", claims);
        }
        return new View.Source(article, link(sentence), text.substring(0, from), text.substring(from, to),
                text.substring(to), claims);
    }

    View.Link link(RDFNode n) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return new View.Link(null, l.getLexicalForm(), l.getLanguage().isEmpty() ? null : l.getLanguage());
        }
        if (n.isAnon()) {
            String label = label(n.asResource());
            return View.Link.text(label == null ? "[空白节点]" : label);
        }
        String iri = n.asResource().getURI();
        String label = label(n.asResource());
        return new View.Link(iris.href(ctx, iri), label == null ? shortForm(iri) : label, null);
    }

    /** The Chinese (or untagged) label, falling back to any label. */
    String label(Resource r) {
        String any = null;
        for (var p : Describer.LABELS) {
            for (Statement st : r.listProperties(m.createProperty(p.getURI())).toList()) {
                if (!st.getObject().isLiteral()) {
                    continue;
                }
                String lang = st.getLanguage();
                if (lang.isEmpty() || lang.startsWith("zh")) {
                    return st.getString();
                }
                if (any == null) {
                    any = st.getString();
                }
            }
        }
        return any;
    }

    private String labelIn(Resource r, String lang) {
        for (Statement st : r.listProperties(RDFS.label).andThen(r.listProperties(SKOS.prefLabel)).toList()) {
            if (st.getObject().isLiteral() && st.getLanguage().equals(lang)) {
                return st.getString();
            }
        }
        return null;
    }

    private String shortForm(String iri) {
        String qname = m.qnameFor(iri);
        return qname != null ? qname : iri;
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** Approximation words written after the number (100余万元) rather than before it (近5000棵). */
    private static final java.util.Set<String> QUALIFIER_AFTER = java.util.Set.of("多", "余", "左右", "以上", "以下");

    /** The figure as the article wrote it: qualifier where Chinese puts it, no trailing ".0". */
    static String stated(String value, String unit, String qualifier) {
        if (value == null) {
            return "";
        }
        String n = number(value);
        String u = unit == null ? "" : unit;
        if (qualifier == null) {
            return n + u;
        }
        return QUALIFIER_AFTER.contains(qualifier) ? n + qualifier + u : qualifier + n + u;
    }

    /** A decimal without trailing zeros: stores hand back "60.0" for the 60 that was written. */
    static String number(String lexical) {
        try {
            return new java.math.BigDecimal(lexical.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    private static String literal(Resource r, Property p) {
        Statement st = r.getProperty(p);
        return st == null || !st.getObject().isLiteral() ? null : st.getLiteral().getLexicalForm();
    }

    private static Integer integer(Resource r, Property p) {
        String v = literal(r, p);
        try {
            return v == null ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
