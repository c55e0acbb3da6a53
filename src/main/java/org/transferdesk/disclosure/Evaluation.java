package org.transferdesk.disclosure;

/** 价值评估: 1–5 ratings of scientific, technical, economic and social value, and a recommendation. */
public record Evaluation(Integer scientific, Integer technical, Integer economic, Integer social,
                         Recommendation recommendation, String notes) {
    public static final Evaluation NONE = new Evaluation(null, null, null, null, null, null);
}
