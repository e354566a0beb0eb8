package org.ruralkg.extract;

import org.ruralkg.EntityKind;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.link.Concepts;
import org.ruralkg.link.Gazetteer;
import org.ruralkg.link.PlaceLinker;
import org.ruralkg.link.PlaceMatch;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.SentenceSplitter;
import org.ruralkg.nlp.Token;
import org.ruralkg.nlp.Tokenizer;
import org.ruralkg.nlp.ner.NerTagger;
import org.ruralkg.source.Article;

/**
 * Turns an article into entities, mentions and facts: places linked to the official gazetteer, organizations,
 * programmes, crops and livestock, people and their posts, and quantities, each fact with the sentence and
 * offsets it was read from. Thread-safe once built: one instance serves all threads.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.defaults();
 * Extraction x = extractor.extract(article);
 * }</pre>
 */
public final class Extractor {
    /** Bumped whenever extraction output changes, so stored articles from older versions are rebuilt. */
    public static final String VERSION = "1.4.0";

    private static final Pattern FIRST_YEAR = Pattern.compile("(\\d{4})年(?![\\d月至以起开])");

    private final PlaceStage places;
    private final ProgramStage programs;
    private final TitleProgrammes titleProgrammes;
    private final OrganizationStage organizations;
    private final ConceptStage concepts;
    private final PersonStage people;
    private final QuantityStage quantities = new QuantityStage();
    private final NameStage names;
    private final BylineStage byline;
    private final Tokenizer tokenizer;

    private Extractor(Builder b) {
        Lexicons lexicons = Lexicons.load();
        this.places = new PlaceStage(b.placeLinker);
        this.programs = new ProgramStage(lexicons);
        this.titleProgrammes = new TitleProgrammes(programs.lexicon());
        this.organizations = new OrganizationStage(lexicons, b.concepts.labels());
        this.concepts = new ConceptStage(b.concepts, lexicons);
        this.people = new PersonStage(lexicons);
        this.names = new NameStage(b.tagger, lexicons, organizations);
        this.byline = new BylineStage(lexicons);
        this.tokenizer = Tokenizer.shared();
    }

    /** The extractor with the shipped gazetteer, concepts and lexicons. */
    public static Extractor defaults() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final Extractor DEFAULT = create().build();
    }

    public static Builder create() {
        return new Builder();
    }

    public Extraction extract(Article article) {
        Objects.requireNonNull(article, "article");
        List<Sentence> sentences = SentenceSplitter.split(article.text());
        ArticleState st = new ArticleState(article, sentences);
        places.run(st);
        names.tag(st);
        String articleYear = sentences.isEmpty() ? null : firstYear(sentences.get(0).text());
        // segmented only where a stage asks: most sentences have neither an organisation suffix nor a post title
        List<Supplier<List<Token>>> tokens = sentences.stream().map(tokenizer::lazy).toList();
        for (int i = 0; i < sentences.size(); i++) {
            programs.run(st, sentences.get(i), tokens.get(i));
        }
        HonourLists.headings(st);
        ProgramNames.umbrellas(st);
        for (int i = 0; i < sentences.size(); i++) {
            organizations.run(st, sentences.get(i), tokens.get(i));
        }
        organizations.shortNames(st);
        st.dropInside(EntityKind.Group.PROGRAM, EntityKind.Group.ORGANIZATION);
        st.dropInside(EntityKind.Group.PROGRAM, EntityKind.Group.PROGRAM);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            names.places(st, s, tokens.get(i));
            names.organizations(st, s);
            names.people(st, s);
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            places.relate(st, s);
            organizations.locate(st, s);
            people.run(st, s, tokens.get(i)); // before programmes: a body followed by a post is no subject
            programs.relate(st, s);
            people.names(st, s, tokens.get(i));
            people.appointed(st, s, tokens.get(i)); // after the names: "黄永华当选…书记" needs the person found
            concepts.run(st, s, tokens.get(i));
            quantities.run(st, s, articleYear);
        }
        concepts.finish(st);
        HonourLists.lists(st);
        byline.run(st);
        titleProgrammes.run(st);
        return st.toExtraction();
    }

    private static String firstYear(String sentence) {
        Matcher m = FIRST_YEAR.matcher(sentence);
        return m.find() ? m.group(1) : null;
    }

    /** Configures an {@link Extractor}; every part defaults to what ships with ruralkg. */
    public static final class Builder {
        private Function<String, List<PlaceMatch>> placeLinker;
        private Concepts concepts;
        private NerTagger tagger;

        private Builder() {
        }

        /** The place linker to use; the default links against the shipped gazetteer. */
        public Builder placeLinker(Function<String, List<PlaceMatch>> linker) {
            this.placeLinker = Objects.requireNonNull(linker, "linker");
            return this;
        }

        public Builder concepts(Concepts concepts) {
            this.concepts = Objects.requireNonNull(concepts, "concepts");
            return this;
        }

        /** The named-entity tagger; the default is the shipped model. */
        public Builder tagger(NerTagger tagger) {
            this.tagger = Objects.requireNonNull(tagger, "tagger");
            return this;
        }

        public Extractor build() {
            if (tagger == null) {
                tagger = NerTagger.shared();
            }
            if (placeLinker == null) {
                PlaceLinker linker = PlaceLinker.create(Gazetteer.load());
                placeLinker = linker::link;
            }
            if (concepts == null) {
                concepts = Concepts.load();
            }
            return new Extractor(this);
        }
    }
}
