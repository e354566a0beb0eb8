package org.ruralkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O that ruralkg uses ({@code http://www.w3.org/ns/prov#}); Jena has no class for it. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS, "wasAssociatedWith");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");
    public static final Property used = ResourceFactory.createProperty(NS, "used");
    public static final Property value = ResourceFactory.createProperty(NS, "value");
}
