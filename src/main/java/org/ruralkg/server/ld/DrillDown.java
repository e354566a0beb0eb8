package org.ruralkg.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ruralkg.vocab.RKG;

/**
 * The browsing sections of a resource page, from the {@link Summary}: for a division, the places below it and
 * what is grown, raised and implemented within it (over {@code rkg:partOf}); for a crop, animal or programme,
 * where it occurs, by province and county.
 */
final class DrillDown {
    static final int PAGE = 100;

    private final Summary s;
    private final HomeView names;

    DrillDown(Summary summary, IriMap iris, String contextPath) {
        this.s = summary;
        this.names = new HomeView(summary, iris, contextPath);
    }

    /** Model entries for the page of an IRI (empty when it is neither a division nor an occurring item). */
    Map<String, Object> build(String iri, int page, String self) {
        Node n = NodeFactory.createURI(iri);
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.placeType.containsKey(n)) {
            division(n, page, self, m);
        }
        List<Map<String, Object>> where = occurrences(n);
        if (!where.isEmpty()) {
            m.put("occurs", where);
            m.put("occursTotal", where.stream().mapToInt(p -> (Integer) p.get("count")).sum());
        }
        return m;
    }

    private void division(Node d, int page, String self, Map<String, Object> m) {
        List<Node> kids = new ArrayList<>(s.children.getOrDefault(d, List.of()));
        kids.sort((a, b) -> {
            int c = Integer.compare(s.placesBelow.getOrDefault(b, 0), s.placesBelow.getOrDefault(a, 0));
            return c != 0 ? c : String.valueOf(s.label(a)).compareTo(String.valueOf(s.label(b)));
        });
        int pages = Math.max(1, (kids.size() + PAGE - 1) / PAGE);
        int p = Math.min(Math.max(1, page), pages);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node k : kids.subList((p - 1) * PAGE, Math.min(kids.size(), p * PAGE))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("place", names.link(k));
            Node type = s.placeType.get(k);
            row.put("type", type == null ? "" : s.label(type) == null ? HomeView.localName(type.getURI())
                    : s.label(type));
            row.put("below", s.placesBelow.getOrDefault(k, 0));
            row.put("code", s.codes.getOrDefault(k, ""));
            rows.add(row);
        }
        m.put("below", rows);
        m.put("belowTotal", kids.size());
        m.put("placesBelow", s.placesBelow.getOrDefault(d, 0));
        if (p > 1) {
            m.put("belowPrev", self + "?page=" + (p - 1));
        }
        if (p < pages) {
            m.put("belowNext", self + "?page=" + (p + 1));
        }
        List<View.Chart> charts = new ArrayList<>();
        charts.add(names.top("crops", "种植的作物（按地点数）", RKG.grows.asNode(), d));
        charts.add(names.top("livestock", "养殖的畜禽（按地点数）", RKG.raises.asNode(), d));
        charts.add(names.top("programs", "实施的项目与政策（按地点数）", RKG.implements_.asNode(), d));
        charts.removeIf(c -> c.rows().isEmpty());
        m.put("drillCharts", charts);
    }

    /** Places doing this item, grouped by province, then county; each group with its number of places. */
    private List<Map<String, Object>> occurrences(Node item) {
        Map<Node, Map<Node, List<Node>>> tree = new LinkedHashMap<>();
        Node none = NodeFactory.createURI("urn:ruralkg:none");
        for (Node activity : Summary.ACTIVITIES) {
            Set<Node> places = s.activity.getOrDefault(activity, Map.of()).getOrDefault(item, Set.of());
            for (Node place : places) {
                Node province = orNone(s.levelOf(place, RKG.Province.asNode()), none);
                Node county = orNone(s.levelOf(place, RKG.County.asNode()), none);
                List<Node> list = tree.computeIfAbsent(province, k -> new LinkedHashMap<>())
                        .computeIfAbsent(county, k -> new ArrayList<>());
                if (!list.contains(place)) {
                    list.add(place);
                }
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        tree.forEach((province, counties) -> {
            List<Map<String, Object>> cs = new ArrayList<>();
            int total = 0;
            for (Map.Entry<Node, List<Node>> e : counties.entrySet()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("county", e.getKey() == none ? View.Link.text("（县未知）") : names.link(e.getKey()));
                c.put("places", e.getValue().stream().limit(PAGE).map(names::link).toList());
                c.put("count", e.getValue().size());
                total += e.getValue().size();
                cs.add(c);
            }
            cs.sort((a, b) -> Integer.compare((Integer) b.get("count"), (Integer) a.get("count")));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("province", province == none ? View.Link.text("（省份未知）") : names.link(province));
            row.put("counties", cs);
            row.put("count", total);
            out.add(row);
        });
        out.sort((a, b) -> Integer.compare((Integer) b.get("count"), (Integer) a.get("count")));
        return out;
    }

    private static Node orNone(Node n, Node none) {
        return n == null ? none : n;
    }
}
