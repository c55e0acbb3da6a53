package org.transferdesk.catalogue.export;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.catalogue.CatalogueEntry.Contact;
import org.transferdesk.catalogue.CatalogueEntry.Image;
import org.transferdesk.catalogue.CatalogueEntry.PublicIp;
import org.transferdesk.catalogue.CooperationMode;
import org.transferdesk.catalogue.DevelopmentStage;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;

/**
 * A small Chinese catalogue the export tests share, until the profiles' own demo data is there: two results about
 * lithium batteries, a sensor, a crop variety without English, and a software whose title carries markup and an
 * ampersand under a result number no file system takes as a name.
 */
public final class CatalogueCorpus {
    public static final String HOSTILE_TITLE = "工业排产<script>alert('x')</script> & 优化软件";
    public static final String HOSTILE_NO = "2024/软/005";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Contact MANAGER = new Contact("王敏", "027-8765 4321", "wangmin@example.edu.cn");

    private CatalogueCorpus() {
    }

    public static List<CatalogueEntry> entries() {
        return List.of(
                new CatalogueEntry("CG-2024-001", "硅碳负极材料及其制备方法", "Silicon–carbon anode material and its preparation",
                        "以多孔硅与无定形碳复合，首次库仑效率达 89%，循环 500 次容量保持率 92%，可直接替代石墨负极用于高能量密度锂离子电池。",
                        "Porous silicon in amorphous carbon: 89% first-cycle efficiency and 92% capacity after 500 cycles, a drop-in anode for high-energy lithium-ion cells.",
                        "新能源", List.of("锂电池", "储能"), DevelopmentStage.PILOT, 6,
                        List.of(new PublicIp(IpType.INVENTION_PATENT, "ZL202310000001.X", "一种硅碳复合负极材料的制备方法",
                                IpStatus.GRANTED)),
                        List.of(CooperationMode.LICENSE, CooperationMode.TRANSFER), "许可费面议，可分期", MANAGER,
                        List.of(new Image("anode.png", picture(new Color(0x2b5876), new Color(0x4e4376)), "中试线样品")),
                        DAY),
                new CatalogueEntry("CG-2024-002", "柔性压力传感器", "Flexible pressure sensor",
                        "基于微结构导电薄膜的柔性压力传感器，灵敏度高、可弯折，适用于可穿戴设备与医疗监护。",
                        "A bendable, highly sensitive pressure sensor on a micro-structured conductive film.",
                        "电子信息", List.of("可穿戴设备", "医疗监护"), DevelopmentStage.SMALL_PILOT, 4,
                        List.of(new PublicIp(IpType.UTILITY_MODEL, "ZL202320000002.3", "一种柔性压力传感装置",
                                IpStatus.GRANTED)),
                        List.of(CooperationMode.JOINT_DEVELOPMENT), "", MANAGER, List.of(), DAY),
                new CatalogueEntry("CG-2023-017", "玉米抗旱新品种“豫丰9号”", "",
                        "耐旱、抗倒伏，亩产较对照增产 8.6%，适宜黄淮海夏玉米区种植。", "",
                        "现代农业", List.of("种业"), DevelopmentStage.INDUSTRIAL, null,
                        List.of(new PublicIp(IpType.PLANT_VARIETY, "CNA20230017.5", "豫丰9号", IpStatus.GRANTED)),
                        List.of(CooperationMode.TRANSFER, CooperationMode.EQUITY), "", MANAGER, List.of(), DAY),
                new CatalogueEntry(HOSTILE_NO, HOSTILE_TITLE, "Production scheduling <b>software</b> & co",
                        "面向离散制造的智能排产，换线时间缩短 30%。", "Scheduling for discrete manufacturing.",
                        "电子信息", List.of("智能制造"), DevelopmentStage.INDUSTRIAL, 9,
                        List.of(new PublicIp(IpType.SOFTWARE_COPYRIGHT, "2024SR000005", "智能排产系统 V2.0",
                                IpStatus.REGISTERED)),
                        List.of(CooperationMode.LICENSE), "=HYPERLINK(\"http://example.invalid\")", MANAGER, List.of(),
                        DAY),
                new CatalogueEntry("CG-2022-030", "固态电解质薄膜", "Solid electrolyte thin film",
                        "硫化物固态电解质薄膜，室温离子电导率 2 mS/cm，可提升锂电池安全性。",
                        "A sulfide solid electrolyte film, 2 mS/cm at room temperature, for safer lithium cells.",
                        "新能源", List.of("固态电池"), DevelopmentStage.LABORATORY, 3,
                        List.of(new PublicIp(IpType.INVENTION_PATENT, "202210000030.1", "一种硫化物固态电解质薄膜",
                                IpStatus.UNDER_EXAMINATION)),
                        List.of(CooperationMode.JOINT_DEVELOPMENT, CooperationMode.EQUITY), "", MANAGER, List.of(),
                        DAY));
    }

    /** A small PNG (a gradient), as a result's picture. */
    public static byte[] picture(Color from, Color to) {
        BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, from, 480, 270, to));
        g.fillRect(0, 0, 480, 270);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
