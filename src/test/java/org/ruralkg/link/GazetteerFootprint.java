package org.ruralkg.link;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Measures start-up time and retained heap of the gazetteer and the place linker (a benchmark, not a test):
 * {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.ruralkg.link.GazetteerFootprint}.
 */
public final class GazetteerFootprint {
    public static void main(String[] args) {
        long heap0 = usedHeap();
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load();
        long t1 = System.nanoTime();
        long heap1 = usedHeap();
        CoreDictionary.get("山西");
        long t2 = System.nanoTime();
        long heap2 = usedHeap();
        PlaceLinker linker = PlaceLinker.create(gazetteer);
        long t3 = System.nanoTime();
        long heap3 = usedHeap();
        System.out.printf("gazetteer: %d divisions, load %d ms, retained %.1f MB%n",
                gazetteer.size(), (t1 - t0) / 1_000_000, (heap1 - heap0) / 1e6);
        System.out.printf("HanLP core dictionary: load %d ms, retained %.1f MB%n",
                (t2 - t1) / 1_000_000, (heap2 - heap1) / 1e6);
        System.out.printf("place linker: build %d ms, retained %.1f MB%n",
                (t3 - t2) / 1_000_000, (heap3 - heap2) / 1e6);
        String text = "山西省阳泉郊区平定镇魏家峪村积极利用本村200多亩水果，交城县天宁镇前火山村原位于云梦山顶。".repeat(50);
        long t4 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < 20; i++) {
            n += linker.link(text).size();
        }
        System.out.printf("link: %.1f ms per %d-char text (%d matches)%n",
                (System.nanoTime() - t4) / 20e6, text.length(), n / 20);
        if (gazetteer.size() + linker.hashCode() == 0) {
            System.out.println(); // keep both reachable until here
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
