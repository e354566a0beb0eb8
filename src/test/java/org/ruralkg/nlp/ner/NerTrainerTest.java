package org.ruralkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

    private static List<AnnotatedSentence> tiny() throws Exception {
        return NerCorpus.readMarked(Path.of(NerTrainerTest.class.getResource("tiny-train.txt").toURI()));
    }

    private static byte[] bytes(NerTagger tagger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tagger.save(out);
        return out.toByteArray();
    }

    @Test
    void aTinyModelLearnsItsSentencesAndSurvivesSaveAndLoad() throws Exception {
        List<AnnotatedSentence> data = tiny();
        NerTagger trained = NerTrainer.builder().iterations(8).seed(3).build().train(data);
        NerTagger loaded = NerTagger.load(new ByteArrayInputStream(bytes(trained)));
        assertEquals(trained.featureCount(), loaded.featureCount());
        for (AnnotatedSentence s : data) {
            assertEquals(s.spans(), trained.tag(s.text()), s.text());
            assertEquals(trained.tag(s.text()), loaded.tag(s.text()), s.text());
        }
        assertArrayEquals(bytes(trained), bytes(loaded));
    }

    @Test
    void sameDataAndSeedGiveTheSameModel() throws Exception {
        NerTrainer trainer = NerTrainer.builder().iterations(3).seed(11).build();
        assertArrayEquals(bytes(trainer.train(tiny())), bytes(trainer.train(tiny())));
    }

    @Test
    void settingsAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NerTrainer.builder().iterations(0));
        assertEquals("iterations must be at least 1, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NerTrainer.builder().minFeatureCount(-2));
        assertThrows(IllegalArgumentException.class, () -> NerTrainer.builder().build().train(List.of()));
    }

    @Test
    void refusesAFileThatIsNotAModel() {
        byte[] notGzip = "hello".getBytes();
        assertThrows(IOException.class, () -> NerTagger.load(new ByteArrayInputStream(notGzip)));
    }
}
