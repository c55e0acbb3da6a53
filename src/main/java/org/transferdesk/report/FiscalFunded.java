package org.transferdesk.report;

import java.math.BigDecimal;

/**
 * R-REPORT-MORE, 财政资金资助的科技项目成果转化: the transfer/licence/equity contracts counted in the year that
 * convert at least one result funded by 财政资金, and their contract amount.
 */
public record FiscalFunded(int contracts, BigDecimal contractAmount) {
}
