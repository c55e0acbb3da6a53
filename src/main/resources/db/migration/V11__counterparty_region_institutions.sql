-- Issue 18 item 9, data capture (R-REPORT-MORE, R-REPORT-PARTS (4)).

-- A counterparty's province (GB/T 2260 code of one of the 34 province-level divisions, or ABROAD for 境外)
-- and industry (GB/T 4754-2017 门类, A–T), next to the free text typed so far, which is kept as written.
ALTER TABLE counterparty ADD COLUMN province_code VARCHAR(8);
ALTER TABLE counterparty ADD COLUMN industry_code VARCHAR(1);
ALTER TABLE counterparty ADD CONSTRAINT ck_counterparty_province CHECK (province_code IN ('110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000', '310000', '320000', '330000', '340000', '350000', '360000', '370000', '410000', '420000', '430000', '440000', '450000', '460000', '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000', '650000', '710000', '810000', '820000', 'ABROAD'));
ALTER TABLE counterparty ADD CONSTRAINT ck_counterparty_industry CHECK (industry_code BETWEEN 'A' AND 'T');

-- Only what maps unambiguously is filled: a province's full name, short name or code; a section's name,
-- letter, or letter and name. Anything else (an address, a city, 材料) stays null for the user to choose: the
-- counterparty editor warns about it and CounterpartyRepository.unmappedText lists it.
UPDATE counterparty SET province_code = CASE
        WHEN TRIM(region) IN ('北京市', '北京', '110000') THEN '110000'
        WHEN TRIM(region) IN ('天津市', '天津', '120000') THEN '120000'
        WHEN TRIM(region) IN ('河北省', '河北', '130000') THEN '130000'
        WHEN TRIM(region) IN ('山西省', '山西', '140000') THEN '140000'
        WHEN TRIM(region) IN ('内蒙古自治区', '内蒙古', '150000') THEN '150000'
        WHEN TRIM(region) IN ('辽宁省', '辽宁', '210000') THEN '210000'
        WHEN TRIM(region) IN ('吉林省', '吉林', '220000') THEN '220000'
        WHEN TRIM(region) IN ('黑龙江省', '黑龙江', '230000') THEN '230000'
        WHEN TRIM(region) IN ('上海市', '上海', '310000') THEN '310000'
        WHEN TRIM(region) IN ('江苏省', '江苏', '320000') THEN '320000'
        WHEN TRIM(region) IN ('浙江省', '浙江', '330000') THEN '330000'
        WHEN TRIM(region) IN ('安徽省', '安徽', '340000') THEN '340000'
        WHEN TRIM(region) IN ('福建省', '福建', '350000') THEN '350000'
        WHEN TRIM(region) IN ('江西省', '江西', '360000') THEN '360000'
        WHEN TRIM(region) IN ('山东省', '山东', '370000') THEN '370000'
        WHEN TRIM(region) IN ('河南省', '河南', '410000') THEN '410000'
        WHEN TRIM(region) IN ('湖北省', '湖北', '420000') THEN '420000'
        WHEN TRIM(region) IN ('湖南省', '湖南', '430000') THEN '430000'
        WHEN TRIM(region) IN ('广东省', '广东', '440000') THEN '440000'
        WHEN TRIM(region) IN ('广西壮族自治区', '广西', '450000') THEN '450000'
        WHEN TRIM(region) IN ('海南省', '海南', '460000') THEN '460000'
        WHEN TRIM(region) IN ('重庆市', '重庆', '500000') THEN '500000'
        WHEN TRIM(region) IN ('四川省', '四川', '510000') THEN '510000'
        WHEN TRIM(region) IN ('贵州省', '贵州', '520000') THEN '520000'
        WHEN TRIM(region) IN ('云南省', '云南', '530000') THEN '530000'
        WHEN TRIM(region) IN ('西藏自治区', '西藏', '540000') THEN '540000'
        WHEN TRIM(region) IN ('陕西省', '陕西', '610000') THEN '610000'
        WHEN TRIM(region) IN ('甘肃省', '甘肃', '620000') THEN '620000'
        WHEN TRIM(region) IN ('青海省', '青海', '630000') THEN '630000'
        WHEN TRIM(region) IN ('宁夏回族自治区', '宁夏', '640000') THEN '640000'
        WHEN TRIM(region) IN ('新疆维吾尔自治区', '新疆', '650000') THEN '650000'
        WHEN TRIM(region) IN ('台湾省', '台湾', '710000') THEN '710000'
        WHEN TRIM(region) IN ('香港特别行政区', '香港', '810000') THEN '810000'
        WHEN TRIM(region) IN ('澳门特别行政区', '澳门', '820000') THEN '820000'
        WHEN TRIM(region) IN ('境外', '国外', '海外') THEN 'ABROAD'
    END
WHERE region IS NOT NULL;
UPDATE counterparty SET industry_code = CASE
        WHEN TRIM(industry) IN ('农、林、牧、渔业', 'A', 'a', 'A 农、林、牧、渔业', 'A农、林、牧、渔业') THEN 'A'
        WHEN TRIM(industry) IN ('采矿业', 'B', 'b', 'B 采矿业', 'B采矿业') THEN 'B'
        WHEN TRIM(industry) IN ('制造业', 'C', 'c', 'C 制造业', 'C制造业') THEN 'C'
        WHEN TRIM(industry) IN ('电力、热力、燃气及水生产和供应业', 'D', 'd', 'D 电力、热力、燃气及水生产和供应业', 'D电力、热力、燃气及水生产和供应业') THEN 'D'
        WHEN TRIM(industry) IN ('建筑业', 'E', 'e', 'E 建筑业', 'E建筑业') THEN 'E'
        WHEN TRIM(industry) IN ('批发和零售业', 'F', 'f', 'F 批发和零售业', 'F批发和零售业') THEN 'F'
        WHEN TRIM(industry) IN ('交通运输、仓储和邮政业', 'G', 'g', 'G 交通运输、仓储和邮政业', 'G交通运输、仓储和邮政业') THEN 'G'
        WHEN TRIM(industry) IN ('住宿和餐饮业', 'H', 'h', 'H 住宿和餐饮业', 'H住宿和餐饮业') THEN 'H'
        WHEN TRIM(industry) IN ('信息传输、软件和信息技术服务业', 'I', 'i', 'I 信息传输、软件和信息技术服务业', 'I信息传输、软件和信息技术服务业') THEN 'I'
        WHEN TRIM(industry) IN ('金融业', 'J', 'j', 'J 金融业', 'J金融业') THEN 'J'
        WHEN TRIM(industry) IN ('房地产业', 'K', 'k', 'K 房地产业', 'K房地产业') THEN 'K'
        WHEN TRIM(industry) IN ('租赁和商务服务业', 'L', 'l', 'L 租赁和商务服务业', 'L租赁和商务服务业') THEN 'L'
        WHEN TRIM(industry) IN ('科学研究和技术服务业', 'M', 'm', 'M 科学研究和技术服务业', 'M科学研究和技术服务业') THEN 'M'
        WHEN TRIM(industry) IN ('水利、环境和公共设施管理业', 'N', 'n', 'N 水利、环境和公共设施管理业', 'N水利、环境和公共设施管理业') THEN 'N'
        WHEN TRIM(industry) IN ('居民服务、修理和其他服务业', 'O', 'o', 'O 居民服务、修理和其他服务业', 'O居民服务、修理和其他服务业') THEN 'O'
        WHEN TRIM(industry) IN ('教育', 'P', 'p', 'P 教育', 'P教育') THEN 'P'
        WHEN TRIM(industry) IN ('卫生和社会工作', 'Q', 'q', 'Q 卫生和社会工作', 'Q卫生和社会工作') THEN 'Q'
        WHEN TRIM(industry) IN ('文化、体育和娱乐业', 'R', 'r', 'R 文化、体育和娱乐业', 'R文化、体育和娱乐业') THEN 'R'
        WHEN TRIM(industry) IN ('公共管理、社会保障和社会组织', 'S', 's', 'S 公共管理、社会保障和社会组织', 'S公共管理、社会保障和社会组织') THEN 'S'
        WHEN TRIM(industry) IN ('国际组织', 'T', 't', 'T 国际组织', 'T国际组织') THEN 'T'
    END
WHERE industry IS NOT NULL;

-- R-REPORT-PARTS (4): institutions, technology-transfer bodies and conversion platforms built jointly with
-- companies. The partner is a counterparty or, for one that signed no deal, a name.
CREATE TABLE joint_institution (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    counterparty_id BIGINT       REFERENCES counterparty (id),
    partner_name    VARCHAR(200),
    founded_year    INTEGER      NOT NULL,
    closed_year     INTEGER,
    note            VARCHAR(500),
    version         INTEGER      NOT NULL DEFAULT 0,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT ck_joint_institution_kind CHECK (kind IN ('JOINT_RD', 'TRANSFER_BODY', 'PLATFORM', 'OTHER')),
    CONSTRAINT ck_joint_institution_partner CHECK (counterparty_id IS NOT NULL OR partner_name IS NOT NULL),
    CONSTRAINT ck_joint_institution_years CHECK (closed_year IS NULL OR closed_year >= founded_year)
);
CREATE INDEX ix_joint_institution_counterparty ON joint_institution (counterparty_id);

-- R-REPORT-MORE: full-time staff of the technology-transfer office (技术转移机构专职人员) as an episode of the
-- person, from a start to an optional end; such an episode names no company.
ALTER TABLE person_episode DROP CONSTRAINT ck_episode_kind;
ALTER TABLE person_episode ADD CONSTRAINT ck_episode_kind CHECK (kind IN ('SIDE_JOB', 'LEAVE_TO_FOUND', 'TTO_STAFF'));
ALTER TABLE person_episode ALTER COLUMN company DROP NOT NULL;
ALTER TABLE person_episode ALTER COLUMN ends_on DROP NOT NULL;
