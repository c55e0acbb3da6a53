package org.transferdesk.catalogue;

import org.transferdesk.common.Labeled;

/**
 * The ways of cooperating a catalogue offers a company (转让/许可/作价投资/合作开发). Not {@code deal.DealMode}: a
 * catalogue offers joint development without fixing the contract type, and offers no 技术咨询/服务 per result.
 */
public enum CooperationMode implements Labeled {
    TRANSFER, LICENSE, EQUITY, JOINT_DEVELOPMENT;

    @Override
    public String labelPrefix() {
        return "catalogueMode";
    }
}
