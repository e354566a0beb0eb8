package org.ruralkg;

/**
 * The kinds of thing ruralkg extracts, each the local name of its class in the ruralkg ontology
 * ({@code https://w3id.org/ruralkg/ontology#}).
 */
public enum EntityKind {
    PROVINCE("Province", Group.PLACE),
    PREFECTURE("Prefecture", Group.PLACE),
    COUNTY("County", Group.PLACE),
    TOWNSHIP("Township", Group.PLACE),
    VILLAGE("Village", Group.PLACE),
    MOUNTAIN("Mountain", Group.PLACE),
    RESIDENTIAL_COMMUNITY("ResidentialCommunity", Group.PLACE),
    COUNTRY("Country", Group.PLACE),
    WORLD_REGION("WorldRegion", Group.PLACE),
    RIVER("River", Group.PLACE),
    LAKE("Lake", Group.PLACE),
    DEVELOPMENT_ZONE("DevelopmentZone", Group.PLACE),
    SCENIC_AREA("ScenicArea", Group.PLACE),
    PLACE("Place", Group.PLACE),

    ORGANIZATION("Organization", Group.ORGANIZATION),
    COMPANY("Company", Group.ORGANIZATION),
    COOPERATIVE("Cooperative", Group.ORGANIZATION),
    PARTY_ORGANIZATION("PartyOrganization", Group.ORGANIZATION),
    GOVERNMENT_BODY("GovernmentBody", Group.ORGANIZATION),
    VILLAGE_COMMITTEE("VillageCommittee", Group.ORGANIZATION),
    WORK_TEAM("WorkTeam", Group.ORGANIZATION),
    SCHOOL("School", Group.ORGANIZATION),
    MEDIA_OUTLET("MediaOutlet", Group.ORGANIZATION),

    PROGRAM("Program", Group.PROGRAM),
    POLICY("Policy", Group.PROGRAM),
    CAMPAIGN("Campaign", Group.PROGRAM),
    PROJECT("Project", Group.PROGRAM),
    SUBSIDY("Subsidy", Group.PROGRAM),
    TRAINING("Training", Group.PROGRAM),
    HONOUR("Honour", Group.PROGRAM),

    CROP("Crop", Group.CONCEPT),
    LIVESTOCK("Livestock", Group.CONCEPT),

    PERSON("Person", Group.PERSON),
    POST("Post", Group.PERSON),

    QUANTITY("Quantity", Group.QUANTITY),

    /** A disagreement between an article and the official gazetteer, kept as data. */
    DISCREPANCY("Discrepancy", Group.NOTE);

    /** Coarse grouping, used for mention types and IRI paths. */
    public enum Group { PLACE, ORGANIZATION, PROGRAM, CONCEPT, PERSON, QUANTITY, NOTE }

    private final String localName;
    private final Group group;

    EntityKind(String localName, Group group) {
        this.localName = localName;
        this.group = group;
    }

    /** Local name of the ontology class, e.g. "Village". */
    public String localName() {
        return localName;
    }

    public Group group() {
        return group;
    }

    /** Whether this kind is an official administrative division level. */
    public boolean isDivision() {
        return this == PROVINCE || this == PREFECTURE || this == COUNTY || this == TOWNSHIP || this == VILLAGE;
    }
}
