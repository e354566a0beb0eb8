package org.ruralkg.server.ld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.ruralkg.graph.Namespaces;
import org.ruralkg.vocab.RKG;

/**
 * {@code /.well-known/void}: a VoID and DCAT description of the dataset — triple and entity counts, entities per
 * class, licence, dumps and the SPARQL endpoint. Turtle unless the client asks for another RDF format.
 */
final class VoidServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    private static final String IANA = "http://www.iana.org/assignments/media-types/";

    VoidServlet(LinkedData ld) {
        super(ld);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfFormat format = Conneg.choose(req.getHeader("Accept"), RdfFormat.RDF_ONLY);
        if (format == null) {
            error(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable; available: text/turtle, application/ld+json, application/n-triples, "
                            + "application/rdf+xml");
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, describe(ld.sparqlEndpoint(req)), format.jenaFormat());
        send(req, resp, out.toByteArray(), format.contentType(), true);
    }

    /**
     * The VoID description; the dataset itself is {@code <base/.well-known/void#ruralkg>}.
     *
     * @param sparqlEndpoint the endpoint as this request's client reaches it (see {@link LinkedData#sparqlEndpoint})
     */
    Model describe(String sparqlEndpoint) {
        String b = ld.iris().base();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Namespaces.FIXED);
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS);
        Resource doc = m.createResource(b + ".well-known/void");
        Resource ds = m.createResource(b + ".well-known/void#ruralkg");
        doc.addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "乡村振兴知识图谱的 VoID 描述", "zh")
                .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/primaryTopic"), ds);
        Summary stats = ld.summary();
        ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "乡村振兴知识图谱", "zh")
                .addProperty(DCTerms.title, "ruralkg: Chinese rural revitalization knowledge graph", "en")
                .addProperty(DCTerms.description, "从乡村振兴新闻中抽取的地点、组织、项目及其来源句子。", "zh")
                .addProperty(DCTerms.license, m.createResource(ld.license()))
                .addProperty(VOID.sparqlEndpoint, m.createResource(sparqlEndpoint))
                .addProperty(VOID.uriSpace, b + "id/")
                .addProperty(VOID.vocabulary, m.createResource(RKG.NS))
                .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(stats.triples),
                        XSDDatatype.XSDinteger))
                .addLiteral(VOID.entities, m.createTypedLiteral(Long.toString(stats.entities),
                        XSDDatatype.XSDinteger));
        stats.members.forEach((cls, members) -> ds.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, m.createResource(cls.getURI()))
                .addLiteral(VOID.entities, m.createTypedLiteral(Integer.toString(members.size()),
                        XSDDatatype.XSDinteger))));
        for (Dumps d : Dumps.values()) {
            Resource url = m.createResource(b + "dumps/" + d.fileName());
            ds.addProperty(VOID.dataDump, url);
            ds.addProperty(DCAT.distribution, m.createResource()
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, url)
                    .addProperty(DCAT.mediaType, m.createResource(IANA + d.mediaType()))
                    .addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"))
                    .addProperty(DCTerms.title, d.description(), "zh"));
        }
        return m;
    }
}
