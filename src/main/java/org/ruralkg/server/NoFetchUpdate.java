package org.ruralkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;

/**
 * Fuseki's SPARQL Update without {@code LOAD} and {@code SERVICE}: updates may change the store but not make the
 * server fetch anything, so a login cannot be turned into reading this machine's files ({@code LOAD <file:…>}) or
 * probing its network. Such a request gets 400 naming the refused keyword and nothing else; data goes in with the
 * Graph Store Protocol ({@code PUT}/{@code POST /kg/data}) instead.
 */
final class NoFetchUpdate extends SPARQL_Update {
    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes(); // bounded by RequestGuard's body cap
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        String refused = null;
        try {
            refused = NoFetch.fetching(UpdateFactory.read(new ByteArrayInputStream(body), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ));
        } catch (QueryParseException | UpdateException e) {
            // not ours to report: Fuseki's own parse gives the usual 400 with the parser's message
        }
        if (refused != null) {
            ServletOps.errorBadRequest(refused + " is not accepted here: updates may not fetch anything "
                    + "(send data with PUT or POST to /kg/data)");
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
