package org.transferdesk.demo;

import java.util.List;
import java.util.Map;

/**
 * One school's research vocabulary for the demo data, read from {@code research-fields.json}: the
 * words titles and abstracts are made from, how large the school is ({@code weight}), its NSFC
 * division digit and national key R&D letter (for plausible project numbers), and extra weights for
 * result types it produces more than the university average.
 */
record ResearchField(String department, String field, int weight, String nsfc, String keyRd, String industry,
                     List<String> techniques, List<String> subjects, List<String> materials, List<String> devices,
                     List<String> products, List<String> software, List<String> chips, List<String> varieties,
                     List<String> biomedical, Map<String, Integer> typeWeights, List<String> problems,
                     List<String> benefits, List<String> applications) {

    ResearchField {
        techniques = orEmpty(techniques);
        subjects = orEmpty(subjects);
        materials = orEmpty(materials);
        devices = orEmpty(devices);
        products = orEmpty(products);
        software = orEmpty(software);
        chips = orEmpty(chips);
        varieties = orEmpty(varieties);
        biomedical = orEmpty(biomedical);
        typeWeights = typeWeights == null ? Map.of() : Map.copyOf(typeWeights);
        problems = orEmpty(problems);
        benefits = orEmpty(benefits);
        applications = orEmpty(applications);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
