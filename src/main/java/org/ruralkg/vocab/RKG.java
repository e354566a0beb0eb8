package org.ruralkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The ruralkg ontology, {@code https://w3id.org/ruralkg/ontology#} (prefix {@code rkg:}), defined in
 * {@code ontology/ruralkg.ttl}. Constants follow the pattern of {@link org.apache.jena.vocabulary.DCTerms}.
 *
 * <pre>{@code model.add(village, RKG.partOf, township);}</pre>
 */
public final class RKG {
    public static final String NS = "https://w3id.org/ruralkg/ontology#";
    /** The ontology document itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/ruralkg/ontology";
    /** Namespace of crop and livestock concepts ({@code ontology/concepts.ttl}). */
    public static final String CONCEPT_NS = "https://w3id.org/ruralkg/concept/";

    private RKG() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Place = resource("Place");
    public static final Resource AdministrativeDivision = resource("AdministrativeDivision");
    public static final Resource Province = resource("Province");
    public static final Resource Prefecture = resource("Prefecture");
    public static final Resource County = resource("County");
    public static final Resource Township = resource("Township");
    public static final Resource Village = resource("Village");
    public static final Resource Mountain = resource("Mountain");
    public static final Resource ResidentialCommunity = resource("ResidentialCommunity");
    public static final Resource Country = resource("Country");
    public static final Resource WorldRegion = resource("WorldRegion");
    public static final Resource River = resource("River");
    public static final Resource Lake = resource("Lake");
    public static final Resource DevelopmentZone = resource("DevelopmentZone");
    public static final Resource ScenicArea = resource("ScenicArea");
    public static final Resource Organization = resource("Organization");
    public static final Resource Company = resource("Company");
    public static final Resource Cooperative = resource("Cooperative");
    public static final Resource PartyOrganization = resource("PartyOrganization");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource VillageCommittee = resource("VillageCommittee");
    public static final Resource WorkTeam = resource("WorkTeam");
    public static final Resource School = resource("School");
    public static final Resource MediaOutlet = resource("MediaOutlet");
    public static final Resource Program = resource("Program");
    public static final Resource Policy = resource("Policy");
    public static final Resource Campaign = resource("Campaign");
    public static final Resource Project = resource("Project");
    public static final Resource Subsidy = resource("Subsidy");
    public static final Resource Training = resource("Training");
    public static final Resource Honour = resource("Honour");
    public static final Resource Crop = resource("Crop");
    public static final Resource Livestock = resource("Livestock");
    public static final Resource Person = resource("Person");
    public static final Resource Post = resource("Post");
    public static final Resource Quantity = resource("Quantity");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Mention = resource("Mention");
    public static final Resource Assertion = resource("Assertion");
    public static final Resource Discrepancy = resource("Discrepancy");

    // Properties
    /** place → its direct parent place */
    public static final Property partOf = property("partOf");
    /** place → every place above it (partOf's transitive closure, written by the assembler) */
    public static final Property within = property("within");
    /** official NBS division code, as a string */
    public static final Property divisionCode = property("divisionCode");
    public static final Property linked = property("linked");
    public static final Property candidateCode = property("candidateCode");
    public static final Property isoCode = property("isoCode");
    /** organization or program → place */
    public static final Property locatedIn = property("locatedIn");
    /** place or organization → crop concept */
    public static final Property grows = property("grows");
    /** place or organization → livestock concept */
    public static final Property raises = property("raises");
    /** place or organization → program it runs, takes part in or was awarded */
    public static final Property implements_ = property("implements"); // trailing _ : "implements" is a Java keyword
    /** place → distinct programmes implemented by it or a place within it (statistics graph, recomputed by builds) */
    public static final Property programmeCount = property("programmeCount");
    /** place → distinct crops grown by it or a place within it (statistics graph) */
    public static final Property cropCount = property("cropCount");
    /** place → distinct livestock raised by it or a place within it (statistics graph) */
    public static final Property livestockCount = property("livestockCount");
    /** article → anything it names */
    public static final Property mentions = property("mentions");
    /** place → where it used to be */
    public static final Property formerlyLocatedIn = property("formerlyLocatedIn");
    /** place → where its residents live now */
    public static final Property residentsLiveIn = property("residentsLiveIn");
    /** anything → a quantity stated about it */
    public static final Property hasQuantity = property("hasQuantity");
    /** quantity → what is measured, as the article words it */
    public static final Property measure = property("measure");
    /** quantity → decimal value as stated */
    public static final Property value = property("value");
    /** quantity → unit as stated (万元, 亩, 头) */
    public static final Property unitText = property("unitText");
    /** quantity → value in the normalized unit */
    public static final Property normalizedValue = property("normalizedValue");
    /** quantity → normalized unit code (CNY, m2, ha, head) */
    public static final Property normalizedUnit = property("normalizedUnit");
    /** quantity → approximation word as stated (多, 余, 近, 约) */
    public static final Property qualifier = property("qualifier");
    /** quantity → exact, atLeast, atMost or approximately */
    public static final Property bound = property("bound");
    /** quantity or fact → year it refers to */
    public static final Property year = property("year");
    /** program or organization → when it started, was founded or built */
    public static final Property startDate = property("startDate");
    /** program → when it ended or was completed */
    public static final Property endDate = property("endDate");
    /** program → date of a further stated milestone (e.g. grid connection) */
    public static final Property milestoneDate = property("milestoneDate");
    /** program → how often it runs */
    public static final Property frequency = property("frequency");
    /** program → when it runs, as stated */
    public static final Property schedule = property("schedule");
    /** honour → batch (第二批) */
    public static final Property batch = property("batch");
    /** honour → the body that awards it */
    public static final Property awardedBy = property("awardedBy");
    /** grows/raises statement → stated amount */
    public static final Property amount = property("amount");
    /** crop use → narrower concept */
    public static final Property variety = property("variety");
    /** post → title (书记, 主任, 负责人) */
    public static final Property postTitle = property("postTitle");
    /** post → place where it is held */
    public static final Property postPlace = property("postPlace");
    /** mention, sentence or assertion → article */
    public static final Property inArticle = property("inArticle");
    /** mention or assertion → sentence node */
    public static final Property sentence = property("sentence");
    /** sentence → its index in the article */
    public static final Property sentenceIndex = property("sentenceIndex");
    /** character offset in the source file (inclusive) */
    public static final Property startOffset = property("startOffset");
    /** character offset in the source file (exclusive) */
    public static final Property endOffset = property("endOffset");
    /** mention → the text of the span */
    public static final Property anchorText = property("anchorText");
    /** sentence → its text */
    public static final Property text = property("text");
    /** mention → the entity it names */
    public static final Property denotes = property("denotes");
    /** assertion → extraction rule or resource */
    public static final Property method = property("method");
    /** article → version of the extractor that read it */
    public static final Property extractorVersion = property("extractorVersion");
    /** article → version of the graph shape it was assembled in (GraphAssembler.FORMAT) */
    public static final Property graphFormat = property("graphFormat");
    /** article → SHA-256 of its content */
    public static final Property contentHash = property("contentHash");
    /** article → file it was read from */
    public static final Property sourceFile = property("sourceFile");
    /** article → byline name (a literal) */
    public static final Property author = property("author");
    /** article → photo caption */
    public static final Property caption = property("caption");
    /** discrepancy → name as the article gives it */
    public static final Property statedName = property("statedName");
    /** discrepancy → parent named by the article */
    public static final Property statedParentName = property("statedParentName");
    /** discrepancy → parent according to the gazetteer */
    public static final Property officialParent = property("officialParent");
    /** discrepancy → the entity it is about */
    public static final Property concerns = property("concerns");
}
