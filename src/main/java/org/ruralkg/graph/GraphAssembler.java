package org.ruralkg.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.ruralkg.Hashes;
import org.ruralkg.RuralKgException;
import org.ruralkg.extract.Entity;
import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import org.ruralkg.extract.Evidence;
import org.ruralkg.extract.Extraction;
import org.ruralkg.extract.Extractor;
import org.ruralkg.extract.Fact;
import org.ruralkg.extract.Mention;
import org.ruralkg.extract.Term;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.source.Article;
import org.ruralkg.source.OffsetMap;
import org.ruralkg.vocab.RKG;

/**
 * Builds the triples of one article's named graph from its {@link Extraction}: the article node, every entity it
 * names, every fact as a plain triple, and its provenance as {@code rkg:Assertion} nodes. An assertion is one span
 * of the source file read by one method ({@code rkg:sentence}, {@code rkg:startOffset}, {@code rkg:endOffset},
 * {@code rkg:method}) and names every fact read there with {@code rdf:reifies <<( s p o )>>} (an RDF 1.2 triple
 * term): a span states 2.5 facts on average, so this takes about 4 quads per fact where one reified statement per
 * fact took 11. The extractor version is said once, on the article node. Each place also gets {@code rkg:within}
 * to every place above it, the materialized closure of {@code rkg:partOf}.
 *
 * <pre>{@code
 * GraphAssembler assembler = GraphAssembler.create(IriMinter.defaults());
 * Model articleGraph = assembler.assemble(extractor.extract(article));
 * }</pre>
 *
 * Node IRIs below the article IRI are stable across rebuilds: sentences {@code /s/N} (the title {@code /s/title}),
 * mentions {@code /m/N}, assertions {@code /e/<hash of offsets and method>}, and quantities
 * {@code /q/<local>} (quantities are scoped to the article that states them). All offsets written are character
 * offsets (UTF-16 units, as Java counts them) in the source file, end exclusive.
 */
public final class GraphAssembler {
    /**
     * Version of the graph shape this class writes, stamped on every article ({@code rkg:graphFormat}) next to the
     * extractor version: a build rebuilds every article stamped with another one. Raise it whenever the triples
     * written for the same extraction change.
     */
    public static final String FORMAT = "3";

    private static final int TITLE = org.ruralkg.extract.Mention.TITLE;

    private final IriMinter iris;
    private final String extractorVersion;

    private GraphAssembler(IriMinter iris, String extractorVersion) {
        this.iris = iris;
        this.extractorVersion = extractorVersion;
    }

    /** An assembler minting with {@code iris} and stamping {@link Extractor#VERSION}. */
    public static GraphAssembler create(IriMinter iris) {
        return new GraphAssembler(Objects.requireNonNull(iris, "iris"), Extractor.VERSION);
    }

    public IriMinter iris() {
        return iris;
    }

    /** The article graph of {@code x}; a fresh model the caller owns. */
    public Model assemble(Extraction x) {
        Objects.requireNonNull(x, "extraction");
        try {
            return new Run(x).build();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new RuralKgException("article " + x.article().id() + " (" + x.article().source()
                    + "): cannot assemble graph: " + e.getMessage(), e);
        }
    }

    /** State of assembling one article. */
    private final class Run {
        private final Extraction x;
        private final Article a;
        private final Model m = ModelFactory.createDefaultModel();
        private final String articleIri;
        private final Resource article;
        private final Map<String, EntityKind> kinds = new HashMap<>();
        private final Map<Integer, Sentence> sentences = new HashMap<>();
        /** Minted IRIs by key: an entity is named by every fact and mention of it, and minting runs two regexes. */
        private final Map<String, String> minted = new HashMap<>();

        Run(Extraction x) {
            this.x = x;
            this.a = x.article();
            this.articleIri = iris.article(a);
            this.article = m.createResource(articleIri);
            for (Entity e : x.entities()) {
                kinds.putIfAbsent(e.key(), e.kind());
            }
            for (Sentence s : x.sentences()) {
                sentences.put(s.index(), s);
            }
        }

        Model build() {
            Namespaces.apply(m, iris);
            articleNode();
            for (Entity e : x.entities()) {
                entity(e);
            }
            for (Sentence s : x.sentences()) {
                sentenceNode(s.index());
            }
            for (Fact f : x.facts()) {
                fact(f);
            }
            within();
            List<Mention> mentions = x.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                mention(i, mentions.get(i));
            }
            return m;
        }

        private void articleNode() {
            article.addProperty(RDF.type, RKG.Article);
            if (!a.title().isBlank()) {
                article.addProperty(DCTerms.title, a.title(), "zh");
            }
            for (String author : a.authors()) {
                article.addProperty(RKG.author, author, "zh");
            }
            if (a.publisher() != null && !a.publisher().isBlank()) {
                Entity outlet = new Entity(EntityKey.org(a.publisher()).toString(), EntityKind.MEDIA_OUTLET, a.publisher(), List.of());
                // the extractor types the byline's organization by its name (a 农业农村局 is no outlet)
                if (kinds.putIfAbsent(outlet.key(), outlet.kind()) == null) {
                    entity(outlet);
                }
                article.addProperty(DCTerms.publisher, m.createResource(iri(outlet.key())));
            }
            if (a.date() != null) {
                article.addProperty(DCTerms.date, m.createTypedLiteral(a.date().toString(), XSDDatatype.XSDdate));
            }
            if (a.url() != null && !a.url().isBlank()) {
                // A URL that is not a valid IRI is still worth keeping, as a typed literal.
                article.addProperty(SchemaDO.url, parsesAsIri(a.url()) ? m.createResource(a.url())
                        : m.createTypedLiteral(a.url(), XSDDatatype.XSDanyURI));
            }
            article.addProperty(RKG.sourceFile, a.source());
            article.addProperty(RKG.contentHash, a.contentHash());
            article.addProperty(RKG.extractorVersion, extractorVersion);
            article.addProperty(RKG.graphFormat, FORMAT);
            for (String caption : a.captions()) {
                article.addProperty(RKG.caption, caption, "zh");
            }
        }

        private void entity(Entity e) {
            Resource r = m.createResource(iri(e.key()));
            r.addProperty(RDF.type, m.createResource(RKG.NS + e.kind().localName()));
            r.addProperty(RDFS.label, e.label(), "zh");
            for (String alt : e.altLabels()) {
                if (!alt.equals(e.label())) {
                    r.addProperty(SKOS.altLabel, alt, "zh");
                }
            }
            article.addProperty(RKG.mentions, r);
        }

        /** Quantities belong to the article that states them, whatever key the extractor gave them. */
        private String iri(String key) {
            return minted.computeIfAbsent(key, k -> kinds.get(k) == EntityKind.QUANTITY
                    ? iris.quantity(articleIri, k) : iris.entity(k));
        }

        private Resource sentenceNode(int index) {
            Resource s = m.createResource(articleIri + "/s/" + (index == TITLE ? "title" : Integer.toString(index)));
            if (m.contains(s, RDF.type, RKG.Sentence)) {
                return s;
            }
            s.addProperty(RDF.type, RKG.Sentence);
            s.addProperty(RKG.inArticle, article);
            if (index == TITLE) {
                // the title is no numbered sentence of the text (rkg:sentenceIndex counts those from 0)
                addSpan(s, a.titleOffsets(), 0, a.title().length());
                s.addProperty(RKG.text, a.title(), "zh");
            } else {
                s.addLiteral(RKG.sentenceIndex, integer(index));
                Sentence sentence = sentences.get(index);
                if (sentence != null) {
                    addSpan(s, a.offsets(), sentence.start(), sentence.end());
                    s.addProperty(RKG.text, sentence.text(), "zh");
                }
            }
            return s;
        }

        private void fact(Fact f) {
            Resource subject = m.createResource(iri(f.subject()));
            if (!isIri(f.predicate())) {
                throw new IllegalArgumentException("fact about " + f.subject() + " has predicate '"
                        + f.predicate() + "', not an IRI with a scheme");
            }
            var predicate = m.createProperty(f.predicate());
            RDFNode object = object(f.object());
            subject.addProperty(predicate, object);

            Evidence ev = f.evidence();
            OffsetMap map = ev.sentence() == TITLE ? a.titleOffsets() : a.offsets();
            int start = map.sourceStart(ev.start(), ev.end());
            int end = map.sourceEnd(ev.start(), ev.end());
            Resource as = m.createResource(articleIri + "/e/" + Hashes.shortSha256(start + " " + end + ' '
                    + ev.method()));
            if (!m.contains(as, RDF.type, RKG.Assertion)) {
                as.addProperty(RDF.type, RKG.Assertion);
                as.addProperty(RKG.sentence, sentenceNode(ev.sentence()));
                as.addLiteral(RKG.startOffset, integer(start));
                as.addLiteral(RKG.endOffset, integer(end));
                as.addProperty(RKG.method, ev.method());
            }
            // one triple names the fact, where rdf:subject, rdf:predicate and rdf:object took three
            m.getGraph().add(as.asNode(), RDF.Nodes.reifies,
                    NodeFactory.createTripleTerm(subject.asNode(), predicate.asNode(), object.asNode()));
        }

        /**
         * {@code rkg:within} from each place to every place above it along this graph's {@code rkg:partOf}: the
         * closure is materialized so that queries need no property path (an article carries a division's whole
         * chain, so its own partOf triples suffice). Derived, so it has no assertion of its own.
         */
        private void within() {
            Map<Resource, List<Resource>> parents = new HashMap<>();
            m.listStatements(null, RKG.partOf, (RDFNode) null).forEachRemaining(st -> {
                if (st.getObject().isResource()) {
                    parents.computeIfAbsent(st.getSubject(), k -> new ArrayList<>()).add(st.getResource());
                }
            });
            for (Resource place : parents.keySet()) {
                Set<Resource> seen = new HashSet<>();
                Deque<Resource> todo = new ArrayDeque<>(parents.get(place));
                while (!todo.isEmpty()) {
                    Resource up = todo.pop();
                    if (!up.equals(place) && seen.add(up)) { // a cycle in bad data must not loop
                        m.add(place, RKG.within, up);
                        todo.addAll(parents.getOrDefault(up, List.of()));
                    }
                }
            }
        }

        private RDFNode object(Term t) {
            if (t instanceof Term.Ref ref) {
                return m.createResource(iri(ref.key()));
            }
            Term.Lit lit = (Term.Lit) t;
            if (lit.datatype() != null) {
                return m.createTypedLiteral(lit.lexical(), TypeMapper.getInstance().getSafeTypeByName(lit.datatype()));
            }
            return lit.lang() != null ? m.createLiteral(lit.lexical(), lit.lang()) : m.createLiteral(lit.lexical());
        }

        private void mention(int i, Mention mention) {
            Resource r = m.createResource(articleIri + "/m/" + i);
            OffsetMap map = mention.sentence() == TITLE ? a.titleOffsets() : a.offsets();
            r.addProperty(RDF.type, RKG.Mention);
            r.addProperty(RKG.inArticle, article);
            r.addProperty(RKG.sentence, sentenceNode(mention.sentence()));
            addSpan(r, map, mention.start(), mention.end());
            r.addProperty(RKG.anchorText, mention.text(), "zh");
            r.addProperty(RKG.denotes, m.createResource(iri(mention.entityKey())));
        }

        private void addSpan(Resource r, OffsetMap map, int start, int end) {
            r.addLiteral(RKG.startOffset, integer(map.sourceStart(start, end)));
            r.addLiteral(RKG.endOffset, integer(map.sourceEnd(start, end)));
        }

        private Literal integer(long v) {
            // the literal createTypedLiteral(BigInteger) makes, without the datatype lookup per offset
            return m.createTypedLiteral(Long.toString(v), XSDDatatype.XSDinteger);
        }
    }

    /** Predicates come from a small fixed set; parsing each once keeps IRI checking off the profile. */
    private static final Map<String, Boolean> CHECKED = new ConcurrentHashMap<>();

    private static boolean isIri(String s) {
        return CHECKED.size() < 1_000 ? CHECKED.computeIfAbsent(s, GraphAssembler::parsesAsIri) : parsesAsIri(s);
    }

    private static boolean parsesAsIri(String s) {
        try {
            return org.apache.jena.irix.IRIx.create(s).isReference();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
