package org.ruralkg.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A .txt file is a newspaper page holding one or more articles, split by {@link PageSplitter}. */
final class TxtFormat implements Format {
    private final PageSplitter splitter;

    TxtFormat(PageSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public List<Draft> read(String text, Path file, Consumer<ReadProblem> problems) {
        List<Draft> out = new ArrayList<>();
        List<PageSplitter.Part> parts = splitter.split(text);
        for (int i = 0; i < parts.size(); i++) {
            PageSplitter.Part p = parts.get(i);
            out.add(new Draft(null, i + 1, false, p.title(), p.titleOffsets(), p.text(), p.offsets(), null, p.date(),
                    p.authors(), p.publisher(), p.captions()));
        }
        if (out.isEmpty()) {
            problems.accept(new ReadProblem(file, 0, "no article text found on the page"));
        }
        return out;
    }
}
