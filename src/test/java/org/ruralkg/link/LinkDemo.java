package org.ruralkg.link;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the place matches of a text file: {@code LinkDemo FILE}. */
public final class LinkDemo {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        PlaceLinker linker = PlaceLinker.create(Gazetteer.load());
        for (PlaceMatch m : linker.link(text)) {
            System.out.println(m.start() + "\t" + m.text() + "\t" + m.kind() + "\t"
                    + (m.division() == null ? "-" : m.division().code() + " " + m.division().name())
                    + m.discrepancy().map(d -> "\tDISCREPANCY " + d.statedName() + " -> " + d.note()).orElse(""));
        }
    }
}
