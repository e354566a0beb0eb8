package org.ruralkg.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.ruralkg.vocab.RKG;

/** The data model of {@code home.ftlh}: what is in the graph, from the {@link Summary} alone (no query). */
final class HomeView {
    static final int TOP = 10;
    static final List<Resource> ORGANIZATIONS = List.of(RKG.Company, RKG.Cooperative, RKG.PartyOrganization,
            RKG.GovernmentBody, RKG.VillageCommittee, RKG.WorkTeam, RKG.School, RKG.MediaOutlet);
    static final List<Resource> PROGRAMS = List.of(RKG.Policy, RKG.Campaign, RKG.Project, RKG.Subsidy,
            RKG.Training, RKG.Honour);
    /** Bookkeeping of where facts come from: listed, but below the content. */
    static final Set<Resource> PROVENANCE = Set.of(RKG.Assertion, RKG.Mention, RKG.Sentence, RKG.Discrepancy,
            RKG.Quantity);

    private final Summary s;
    private final IriMap iris;
    private final String ctx;

    HomeView(Summary summary, IriMap iris, String contextPath) {
        this.s = summary;
        this.iris = iris;
        this.ctx = contextPath;
    }

    Map<String, Object> build() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("triples", s.triples);
        m.put("articles", s.count(RKG.Article.asNode()));
        Set<Node> villages = s.members.getOrDefault(RKG.Village.asNode(), Set.of());
        long linked = villages.stream().filter(s.codes::containsKey).count();
        m.put("villagesLinked", linked);
        m.put("villagesUnlinked", villages.size() - linked);
        m.put("organizations", classCounts(ORGANIZATIONS));
        m.put("programs", classCounts(PROGRAMS));
        m.put("crops", s.activity.getOrDefault(RKG.grows.asNode(), Map.of()).size());
        m.put("livestock", s.activity.getOrDefault(RKG.raises.asNode(), Map.of()).size());
        List<View.Chart> charts = new ArrayList<>();
        charts.add(top("crops", "种植最多的作物（按地点数）", RKG.grows.asNode(), null));
        charts.add(top("livestock", "养殖最多的畜禽（按地点数）", RKG.raises.asNode(), null));
        charts.add(top("programs", "实施地点最多的项目与政策", RKG.implements_.asNode(), null));
        List<View.Count> years = new ArrayList<>();
        s.articlesPerYear().forEach((y, n) -> years.add(new View.Count(View.Link.text(Integer.toString(y)), n)));
        charts.add(new View.Chart("years", "文章的年份（发布日期，否则报道的年份）", "column", "篇", years));
        m.put("charts", charts);
        m.put("provinces", provinces());
        List<View.Count> content = new ArrayList<>();
        List<View.Count> provenance = new ArrayList<>();
        s.members.keySet().stream().filter(c -> c.isURI() && c.getURI().startsWith(RKG.NS))
                .sorted((a, b) -> Long.compare(s.count(b), s.count(a)))
                .forEach(c -> (isProvenance(c) ? provenance : content).add(classCount(c)));
        m.put("classes", content);
        m.put("provenance", provenance);
        return m;
    }

    /** A ranking chart of the items of an activity within a division (null: the whole graph). */
    View.Chart top(String id, String title, Node activity, Node division) {
        List<View.Count> rows = new ArrayList<>();
        for (Map.Entry<Node, Integer> e : s.activityWithin(activity, division).entrySet()) {
            if (rows.size() == TOP) {
                break;
            }
            rows.add(new View.Count(link(e.getKey()), e.getValue()));
        }
        return new View.Chart(id, title, "bar", "个地点", rows);
    }

    /** Provinces with the villages, places and articles the graph knows within each. */
    private List<Map<String, Object>> provinces() {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Node> list = new ArrayList<>(s.members.getOrDefault(RKG.Province.asNode(), Set.of()));
        list.sort((a, b) -> Integer.compare(s.placesBelow.getOrDefault(b, 0), s.placesBelow.getOrDefault(a, 0)));
        for (Node p : list) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("province", link(p));
            row.put("places", s.placesBelow.getOrDefault(p, 0));
            row.put("villages", s.members.getOrDefault(RKG.Village.asNode(), Set.of()).stream()
                    .filter(v -> s.within(v, p)).count());
            row.put("articles", s.provinceArticles.getOrDefault(p, Set.of()).size());
            out.add(row);
        }
        return out;
    }

    private List<View.Count> classCounts(List<Resource> classes) {
        List<View.Count> out = new ArrayList<>();
        for (Resource c : classes) {
            out.add(classCount(c.asNode()));
        }
        return out;
    }

    private View.Count classCount(Node cls) {
        String local = cls.getURI().substring(RKG.NS.length());
        String label = s.label(cls);
        return new View.Count(new View.Link(ctx + "/class/" + local, label == null ? local : label, null),
                s.count(cls));
    }

    private static boolean isProvenance(Node cls) {
        return PROVENANCE.stream().anyMatch(r -> r.asNode().equals(cls));
    }

    View.Link link(Node n) {
        String label = s.label(n);
        if (!n.isURI()) {
            return View.Link.text(label == null ? n.toString() : label);
        }
        return new View.Link(iris.href(ctx, n.getURI()), label == null ? localName(n.getURI()) : label, null);
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
