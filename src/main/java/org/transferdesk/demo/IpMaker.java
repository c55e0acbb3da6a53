package org.transferdesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.PatentNumber;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ip.PatentTerm;

/**
 * IP for results that reached 保护中: filed shortly after protection was decided, decided by the office
 * after its usual time (invention 1–3 years, utility model and design months, software copyright
 * weeks), with a status that agrees with what later happened to the result (given up → withdrawn,
 * rejected or lapsed). Patent application numbers are valid (R-ID-PATENT): type digit of the type,
 * year of filing, check character by the real rule. Every number is used once.
 */
final class IpMaker {
    private static final String CHECK_CHARACTERS = "0123456789X";

    private final Dice dice;
    private final LocalDate today;
    private final Set<String> used = new HashSet<>();

    IpMaker(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    List<IpAsset> make(ResultType type, String title, StatusPathMaker.Path path, String owners) {
        IpType ipType = ipType(type);
        if (path.protectingOn() == null || ipType == null) {
            return List.of();
        }
        LocalDate filedOn = filingDate(path);
        List<IpAsset> assets = new ArrayList<>(2);
        assets.add(asset(ipType, title, filedOn, path.abandonedOn(), owners));
        boolean productClaims = title.contains("系统") || title.contains("及其控制方法");
        if (type == ResultType.INVENTION_PATENT && productClaims && dice.chance(0.35)) {
            // 一案双申: a utility model filed the same day protects the product while the invention is examined.
            String utilityTitle = title.replace("方法及系统", "系统").replace("及其控制方法", "");
            assets.add(asset(IpType.UTILITY_MODEL, utilityTitle, filedOn, path.abandonedOn(), owners));
        }
        return assets;
    }

    static IpType ipType(ResultType type) {
        return switch (type) {
            case INVENTION_PATENT -> IpType.INVENTION_PATENT;
            case UTILITY_MODEL -> IpType.UTILITY_MODEL;
            case DESIGN -> IpType.DESIGN;
            case SOFTWARE -> IpType.SOFTWARE_COPYRIGHT;
            case IC_LAYOUT -> IpType.IC_LAYOUT;
            case PLANT_VARIETY -> IpType.PLANT_VARIETY;
            default -> null;
        };
    }

    /** Within six weeks of the decision to protect, but before the result was given up and not after today. */
    private LocalDate filingDate(StatusPathMaker.Path path) {
        LocalDate decided = path.protectingOn();
        LocalDate filed = dice.workdayAfter(decided, 0, 40);
        boolean tooLate = filed.isAfter(today) || (path.abandonedOn() != null && !filed.isBefore(path.abandonedOn()));
        return tooLate ? decided : filed;
    }

    private IpAsset asset(IpType type, String title, LocalDate filedOn, LocalDate abandonedOn, String owners) {
        DecisionDays days = DecisionDays.of(type);
        LocalDate decided = dice.workdayAfter(filedOn, days.min(), days.max());
        boolean patentLike = type.isPatent() || type == IpType.PLANT_VARIETY;
        LocalDate grantedOn = null;
        IpStatus status;
        if (abandonedOn != null && decided.isAfter(abandonedOn)) {
            status = type == IpType.INVENTION_PATENT && dice.chance(0.5) ? IpStatus.REJECTED : IpStatus.WITHDRAWN;
        } else if (decided.isAfter(today)) {
            boolean examined = (type == IpType.INVENTION_PATENT || type == IpType.PLANT_VARIETY)
                    && !filedOn.plusMonths(18).isAfter(today);
            status = examined ? IpStatus.UNDER_EXAMINATION : IpStatus.FILED;
        } else {
            grantedOn = decided;
            status = !patentLike ? IpStatus.REGISTERED : abandonedOn != null ? IpStatus.LAPSED : IpStatus.GRANTED;
            if (PatentTerm.termEnd(type, filedOn).filter(end -> end.isBefore(today)).isPresent()) {
                status = IpStatus.EXPIRED;
            }
        }
        return new IpAsset(null, type, number(type, filedOn, grantedOn), title, filedOn, grantedOn, status, owners);
    }

    /** How many days after filing an office decides on an IP right of {@code type}: at the least, at the most. */
    private record DecisionDays(int min, int max) {
        static DecisionDays of(IpType type) {
            return switch (type) {
                case INVENTION_PATENT -> new DecisionDays(365, 1095);
                case UTILITY_MODEL, DESIGN -> new DecisionDays(120, 360);
                case SOFTWARE_COPYRIGHT -> new DecisionDays(30, 90);
                case IC_LAYOUT -> new DecisionDays(60, 180);
                default -> new DecisionDays(540, 1460);
            };
        }
    }

    /** A number nobody else in the data has; software copyrights get theirs only on registration. */
    private String number(IpType type, LocalDate filedOn, LocalDate grantedOn) {
        if (type == IpType.SOFTWARE_COPYRIGHT && grantedOn == null) {
            return null;
        }
        String number;
        do {
            number = switch (type) {
                case INVENTION_PATENT -> patentNumber(filedOn.getYear(), '1');
                case UTILITY_MODEL -> patentNumber(filedOn.getYear(), '2');
                case DESIGN -> patentNumber(filedOn.getYear(), '3');
                case SOFTWARE_COPYRIGHT -> grantedOn.getYear() + "SR" + String.format("%07d", dice.between(1, 2_499_999));
                case IC_LAYOUT -> "BS." + String.format("%02d5%06d", filedOn.getYear() % 100, dice.between(1, 99_999));
                default -> filedOn.getYear() + String.format("1%06d", dice.between(1, 99_999));
            };
        } while (!used.add(number));
        return number;
    }

    private String patentNumber(int year, char typeDigit) {
        return withCheckCharacter(String.valueOf(year) + typeDigit + String.format("%07d", dice.between(10_000, 1_599_999)));
    }

    /** The check character is the one the real rule accepts (R-ID-PATENT), so the two cannot disagree. */
    static String withCheckCharacter(String digits) {
        for (char c : CHECK_CHARACTERS.toCharArray()) {
            String candidate = digits + "." + c;
            if (PatentNumber.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no check character makes a valid patent number of " + digits);
    }
}
