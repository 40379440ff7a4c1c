// Curates data/countries.csv: every country or territory the other tables refer to, keyed by ISO 3166-1 alpha-3.
//
// Rules (see the countries section of data/README.md):
// - Current codes, English short names, Korean names and UN-geoscheme subregions come from the mledoze/countries
//   list (npm package world-countries 5.1.0, source id mledoze-countries); the table below was generated from it once
//   and is kept here so the derivation does not depend on a package download. Regions are mapped from its UN
//   subregions to this repository's region enum (mapping in the codebook; overrides marked below).
// - Former states use ISO 3166-3 codes (source id iso-3166-3); places with no ISO code use user-assigned codes from
//   ISO's reserved X-range (XAA-XZZ), each documented in FormerAndUserAssigned.
// - Treaty allies as of 2026-11-25 follow the State Department's "U.S. Collective Defense Arrangements" page
//   (source id state-collective-defense), NATO accession years NATO's member list (source id nato-member-countries).
using System.Collections.Frozen;

namespace ForcePosture.Curation;

public sealed class CountriesCuration : ICuration
{
    public string Table => "countries";

    /// <summary>One row of the curated countries table.</summary>
    public sealed record CountryRow(string Iso3, string NameEn, string NameKo, string Region, string Status,
        bool UsTreatyAlly, string UsTreaty, int? UsTreatyYear, string SourceId, string Notes);

    private sealed record IsoEntry(string Iso3, string NameEn, string NameKo, string Region, string Status);

    private sealed record SpecialEntry(string Iso3, string NameEn, string NameKo, string Region, string Status, string SourceId, string Notes);

    private sealed record TreatyAlly(string Iso3, string Treaty, int Year, string SourceId, string Notes);

    // Generated once from world-countries 5.1.0 (mledoze/countries; source id mledoze-countries):
    // cca3, name.common, translations.kor.common, region (mapped from region/subregion), status
    // (us-territory for the US territories, sovereign when 'independent', plus Taiwan and Kosovo; otherwise other-territory).
    // Kosovo's UNK (the package's code) is replaced by XKX (user-assigned, see FormerAndUserAssigned notes).
    private static readonly IsoEntry[] IsoEntries =
    [
        new("ABW", "Aruba", "아루바", "Latin America & Caribbean", "other-territory"),
        new("AFG", "Afghanistan", "아프가니스탄", "South Asia", "sovereign"),
        new("AGO", "Angola", "앙골라", "Sub-Saharan Africa", "sovereign"),
        new("AIA", "Anguilla", "앵귈라", "Latin America & Caribbean", "other-territory"),
        new("ALA", "Åland Islands", "올란드 제도", "Europe", "other-territory"),
        new("ALB", "Albania", "알바니아", "Europe", "sovereign"),
        new("AND", "Andorra", "안도라", "Europe", "sovereign"),
        new("ARE", "United Arab Emirates", "아랍에미리트", "Middle East & North Africa", "sovereign"),
        new("ARG", "Argentina", "아르헨티나", "Latin America & Caribbean", "sovereign"),
        new("ARM", "Armenia", "아르메니아", "Europe", "sovereign"),
        new("ASM", "American Samoa", "아메리칸사모아", "Oceania", "us-territory"),
        new("ATA", "Antarctica", "남극", "Other", "other-territory"),
        new("ATF", "French Southern and Antarctic Lands", "프랑스령 남부와 남극 지역", "Other", "other-territory"),
        new("ATG", "Antigua and Barbuda", "앤티가 바부다", "Latin America & Caribbean", "sovereign"),
        new("AUS", "Australia", "호주", "Oceania", "sovereign"),
        new("AUT", "Austria", "오스트리아", "Europe", "sovereign"),
        new("AZE", "Azerbaijan", "아제르바이잔", "Europe", "sovereign"),
        new("BDI", "Burundi", "부룬디", "Sub-Saharan Africa", "sovereign"),
        new("BEL", "Belgium", "벨기에", "Europe", "sovereign"),
        new("BEN", "Benin", "베냉", "Sub-Saharan Africa", "sovereign"),
        new("BES", "Caribbean Netherlands", "카리브 네덜란드", "Latin America & Caribbean", "other-territory"),
        new("BFA", "Burkina Faso", "부르키나파소", "Sub-Saharan Africa", "sovereign"),
        new("BGD", "Bangladesh", "방글라데시", "South Asia", "sovereign"),
        new("BGR", "Bulgaria", "불가리아", "Europe", "sovereign"),
        new("BHR", "Bahrain", "바레인", "Middle East & North Africa", "sovereign"),
        new("BHS", "Bahamas", "바하마", "Latin America & Caribbean", "sovereign"),
        new("BIH", "Bosnia and Herzegovina", "보스니아 헤르체고비나", "Europe", "sovereign"),
        new("BLM", "Saint Barthélemy", "생바르텔레미", "Latin America & Caribbean", "other-territory"),
        new("BLR", "Belarus", "벨라루스", "Europe", "sovereign"),
        new("BLZ", "Belize", "벨리즈", "Latin America & Caribbean", "sovereign"),
        new("BMU", "Bermuda", "버뮤다", "North America", "other-territory"),
        new("BOL", "Bolivia", "볼리비아", "Latin America & Caribbean", "sovereign"),
        new("BRA", "Brazil", "브라질", "Latin America & Caribbean", "sovereign"),
        new("BRB", "Barbados", "바베이도스", "Latin America & Caribbean", "sovereign"),
        new("BRN", "Brunei", "브루나이", "Southeast Asia", "sovereign"),
        new("BTN", "Bhutan", "부탄", "South Asia", "sovereign"),
        new("BVT", "Bouvet Island", "부베 섬", "Other", "other-territory"),
        new("BWA", "Botswana", "보츠와나", "Sub-Saharan Africa", "sovereign"),
        new("CAF", "Central African Republic", "중앙아프리카 공화국", "Sub-Saharan Africa", "sovereign"),
        new("CAN", "Canada", "캐나다", "North America", "sovereign"),
        new("CCK", "Cocos (Keeling) Islands", "코코스 제도", "Oceania", "other-territory"),
        new("CHE", "Switzerland", "스위스", "Europe", "sovereign"),
        new("CHL", "Chile", "칠레", "Latin America & Caribbean", "sovereign"),
        new("CHN", "China", "중국", "East Asia", "sovereign"),
        new("CIV", "Ivory Coast", "코트디부아르", "Sub-Saharan Africa", "sovereign"),
        new("CMR", "Cameroon", "카메룬", "Sub-Saharan Africa", "sovereign"),
        new("COD", "DR Congo", "콩고 민주 공화국", "Sub-Saharan Africa", "sovereign"),
        new("COG", "Republic of the Congo", "콩고", "Sub-Saharan Africa", "sovereign"),
        new("COK", "Cook Islands", "쿡 제도", "Oceania", "other-territory"),
        new("COL", "Colombia", "콜롬비아", "Latin America & Caribbean", "sovereign"),
        new("COM", "Comoros", "코모로", "Sub-Saharan Africa", "sovereign"),
        new("CPV", "Cape Verde", "카보베르데", "Sub-Saharan Africa", "sovereign"),
        new("CRI", "Costa Rica", "코스타리카", "Latin America & Caribbean", "sovereign"),
        new("CUB", "Cuba", "쿠바", "Latin America & Caribbean", "sovereign"),
        new("CUW", "Curaçao", "퀴라소", "Latin America & Caribbean", "other-territory"),
        new("CXR", "Christmas Island", "크리스마스 섬", "Oceania", "other-territory"),
        new("CYM", "Cayman Islands", "케이맨 제도", "Latin America & Caribbean", "other-territory"),
        new("CYP", "Cyprus", "키프로스", "Europe", "sovereign"),
        new("CZE", "Czechia", "체코", "Europe", "sovereign"),
        new("DEU", "Germany", "독일", "Europe", "sovereign"),
        new("DJI", "Djibouti", "지부티", "Sub-Saharan Africa", "sovereign"),
        new("DMA", "Dominica", "도미니카 공화국", "Latin America & Caribbean", "sovereign"),
        new("DNK", "Denmark", "덴마크", "Europe", "sovereign"),
        new("DOM", "Dominican Republic", "도미니카 공화국", "Latin America & Caribbean", "sovereign"),
        new("DZA", "Algeria", "알제리", "Middle East & North Africa", "sovereign"),
        new("ECU", "Ecuador", "에콰도르", "Latin America & Caribbean", "sovereign"),
        new("EGY", "Egypt", "이집트", "Middle East & North Africa", "sovereign"),
        new("ERI", "Eritrea", "에리트레아", "Sub-Saharan Africa", "sovereign"),
        new("ESH", "Western Sahara", "서사하라", "Middle East & North Africa", "other-territory"),
        new("ESP", "Spain", "스페인", "Europe", "sovereign"),
        new("EST", "Estonia", "에스토니아", "Europe", "sovereign"),
        new("ETH", "Ethiopia", "에티오피아", "Sub-Saharan Africa", "sovereign"),
        new("FIN", "Finland", "핀란드", "Europe", "sovereign"),
        new("FJI", "Fiji", "피지", "Oceania", "sovereign"),
        new("FLK", "Falkland Islands", "포클랜드 제도", "Latin America & Caribbean", "other-territory"),
        new("FRA", "France", "프랑스", "Europe", "sovereign"),
        new("FRO", "Faroe Islands", "페로 제도", "Europe", "other-territory"),
        new("FSM", "Micronesia", "미크로네시아", "Oceania", "sovereign"),
        new("GAB", "Gabon", "가봉", "Sub-Saharan Africa", "sovereign"),
        new("GBR", "United Kingdom", "영국", "Europe", "sovereign"),
        new("GEO", "Georgia", "조지아", "Europe", "sovereign"),
        new("GGY", "Guernsey", "건지 섬", "Europe", "other-territory"),
        new("GHA", "Ghana", "가나", "Sub-Saharan Africa", "sovereign"),
        new("GIB", "Gibraltar", "지브롤터", "Europe", "other-territory"),
        new("GIN", "Guinea", "기니", "Sub-Saharan Africa", "sovereign"),
        new("GLP", "Guadeloupe", "과들루프", "Latin America & Caribbean", "other-territory"),
        new("GMB", "Gambia", "감비아", "Sub-Saharan Africa", "sovereign"),
        new("GNB", "Guinea-Bissau", "기니비사우", "Sub-Saharan Africa", "sovereign"),
        new("GNQ", "Equatorial Guinea", "적도 기니", "Sub-Saharan Africa", "sovereign"),
        new("GRC", "Greece", "그리스", "Europe", "sovereign"),
        new("GRD", "Grenada", "그레나다", "Latin America & Caribbean", "sovereign"),
        new("GRL", "Greenland", "그린란드", "North America", "other-territory"),
        new("GTM", "Guatemala", "과테말라", "Latin America & Caribbean", "sovereign"),
        new("GUF", "French Guiana", "프랑스령 기아나", "Latin America & Caribbean", "other-territory"),
        new("GUM", "Guam", "괌", "Oceania", "us-territory"),
        new("GUY", "Guyana", "가이아나", "Latin America & Caribbean", "sovereign"),
        new("HKG", "Hong Kong", "홍콩", "East Asia", "other-territory"),
        new("HMD", "Heard Island and McDonald Islands", "허드 맥도널드 제도", "Other", "other-territory"),
        new("HND", "Honduras", "온두라스", "Latin America & Caribbean", "sovereign"),
        new("HRV", "Croatia", "크로아티아", "Europe", "sovereign"),
        new("HTI", "Haiti", "아이티", "Latin America & Caribbean", "sovereign"),
        new("HUN", "Hungary", "헝가리", "Europe", "sovereign"),
        new("IDN", "Indonesia", "인도네시아", "Southeast Asia", "sovereign"),
        new("IMN", "Isle of Man", "맨섬", "Europe", "other-territory"),
        new("IND", "India", "인도", "South Asia", "sovereign"),
        new("IOT", "British Indian Ocean Territory", "인도", "South Asia", "other-territory"),
        new("IRL", "Ireland", "아일랜드", "Europe", "sovereign"),
        new("IRN", "Iran", "이란", "Middle East & North Africa", "sovereign"),
        new("IRQ", "Iraq", "이라크", "Middle East & North Africa", "sovereign"),
        new("ISL", "Iceland", "아이슬란드", "Europe", "sovereign"),
        new("ISR", "Israel", "이스라엘", "Middle East & North Africa", "sovereign"),
        new("ITA", "Italy", "이탈리아", "Europe", "sovereign"),
        new("JAM", "Jamaica", "자메이카", "Latin America & Caribbean", "sovereign"),
        new("JEY", "Jersey", "저지 섬", "Europe", "other-territory"),
        new("JOR", "Jordan", "요르단", "Middle East & North Africa", "sovereign"),
        new("JPN", "Japan", "일본", "East Asia", "sovereign"),
        new("KAZ", "Kazakhstan", "카자흐스탄", "Central Asia", "sovereign"),
        new("KEN", "Kenya", "케냐", "Sub-Saharan Africa", "sovereign"),
        new("KGZ", "Kyrgyzstan", "키르기스스탄", "Central Asia", "sovereign"),
        new("KHM", "Cambodia", "캄보디아", "Southeast Asia", "sovereign"),
        new("KIR", "Kiribati", "키리바시", "Oceania", "sovereign"),
        new("KNA", "Saint Kitts and Nevis", "세인트키츠 네비스", "Latin America & Caribbean", "sovereign"),
        new("KOR", "South Korea", "한국", "East Asia", "sovereign"),
        new("KWT", "Kuwait", "쿠웨이트", "Middle East & North Africa", "sovereign"),
        new("LAO", "Laos", "라오스", "Southeast Asia", "sovereign"),
        new("LBN", "Lebanon", "레바논", "Middle East & North Africa", "sovereign"),
        new("LBR", "Liberia", "라이베리아", "Sub-Saharan Africa", "sovereign"),
        new("LBY", "Libya", "리비아", "Middle East & North Africa", "sovereign"),
        new("LCA", "Saint Lucia", "세인트루시아", "Latin America & Caribbean", "sovereign"),
        new("LIE", "Liechtenstein", "리히텐슈타인", "Europe", "sovereign"),
        new("LKA", "Sri Lanka", "스리랑카", "South Asia", "sovereign"),
        new("LSO", "Lesotho", "레소토", "Sub-Saharan Africa", "sovereign"),
        new("LTU", "Lithuania", "리투아니아", "Europe", "sovereign"),
        new("LUX", "Luxembourg", "룩셈부르크", "Europe", "sovereign"),
        new("LVA", "Latvia", "라트비아", "Europe", "sovereign"),
        new("MAC", "Macau", "마카오", "East Asia", "other-territory"),
        new("MAF", "Saint Martin", "생마르탱", "Latin America & Caribbean", "other-territory"),
        new("MAR", "Morocco", "모로코", "Middle East & North Africa", "sovereign"),
        new("MCO", "Monaco", "모나코", "Europe", "sovereign"),
        new("MDA", "Moldova", "몰도바", "Europe", "sovereign"),
        new("MDG", "Madagascar", "마다가스카르", "Sub-Saharan Africa", "sovereign"),
        new("MDV", "Maldives", "몰디브", "South Asia", "sovereign"),
        new("MEX", "Mexico", "멕시코", "Latin America & Caribbean", "sovereign"),
        new("MHL", "Marshall Islands", "마셜 제도", "Oceania", "sovereign"),
        new("MKD", "North Macedonia", "북마케도니아", "Europe", "sovereign"),
        new("MLI", "Mali", "말리", "Sub-Saharan Africa", "sovereign"),
        new("MLT", "Malta", "몰타", "Europe", "sovereign"),
        new("MMR", "Myanmar", "미얀마", "Southeast Asia", "sovereign"),
        new("MNE", "Montenegro", "몬테네그로", "Europe", "sovereign"),
        new("MNG", "Mongolia", "몽골국", "East Asia", "sovereign"),
        new("MNP", "Northern Mariana Islands", "북마리아나 제도", "Oceania", "us-territory"),
        new("MOZ", "Mozambique", "모잠비크", "Sub-Saharan Africa", "sovereign"),
        new("MRT", "Mauritania", "모리타니", "Sub-Saharan Africa", "sovereign"),
        new("MSR", "Montserrat", "몬트세랫", "Latin America & Caribbean", "other-territory"),
        new("MTQ", "Martinique", "마르티니크", "Latin America & Caribbean", "other-territory"),
        new("MUS", "Mauritius", "모리셔스", "Sub-Saharan Africa", "sovereign"),
        new("MWI", "Malawi", "말라위", "Sub-Saharan Africa", "sovereign"),
        new("MYS", "Malaysia", "말레이시아", "Southeast Asia", "sovereign"),
        new("MYT", "Mayotte", "마요트", "Sub-Saharan Africa", "other-territory"),
        new("NAM", "Namibia", "나미비아", "Sub-Saharan Africa", "sovereign"),
        new("NCL", "New Caledonia", "누벨칼레도니", "Oceania", "other-territory"),
        new("NER", "Niger", "니제르", "Sub-Saharan Africa", "sovereign"),
        new("NFK", "Norfolk Island", "노퍽 섬", "Oceania", "other-territory"),
        new("NGA", "Nigeria", "나이지리아", "Sub-Saharan Africa", "sovereign"),
        new("NIC", "Nicaragua", "니카라과", "Latin America & Caribbean", "sovereign"),
        new("NIU", "Niue", "니우에", "Oceania", "other-territory"),
        new("NLD", "Netherlands", "네덜란드", "Europe", "sovereign"),
        new("NOR", "Norway", "노르웨이", "Europe", "sovereign"),
        new("NPL", "Nepal", "네팔", "South Asia", "sovereign"),
        new("NRU", "Nauru", "나우루", "Oceania", "sovereign"),
        new("NZL", "New Zealand", "뉴질랜드", "Oceania", "sovereign"),
        new("OMN", "Oman", "오만", "Middle East & North Africa", "sovereign"),
        new("PAK", "Pakistan", "파키스탄", "South Asia", "sovereign"),
        new("PAN", "Panama", "파나마", "Latin America & Caribbean", "sovereign"),
        new("PCN", "Pitcairn Islands", "핏케언 제도", "Oceania", "other-territory"),
        new("PER", "Peru", "페루", "Latin America & Caribbean", "sovereign"),
        new("PHL", "Philippines", "필리핀", "Southeast Asia", "sovereign"),
        new("PLW", "Palau", "팔라우", "Oceania", "sovereign"),
        new("PNG", "Papua New Guinea", "파푸아뉴기니", "Oceania", "sovereign"),
        new("POL", "Poland", "폴란드", "Europe", "sovereign"),
        new("PRI", "Puerto Rico", "푸에르토리코", "Latin America & Caribbean", "us-territory"),
        new("PRK", "North Korea", "조선", "East Asia", "sovereign"),
        new("PRT", "Portugal", "포르투갈", "Europe", "sovereign"),
        new("PRY", "Paraguay", "파라과이", "Latin America & Caribbean", "sovereign"),
        new("PSE", "Palestine", "팔레스타인", "Middle East & North Africa", "other-territory"),
        new("PYF", "French Polynesia", "프랑스령 폴리네시아", "Oceania", "other-territory"),
        new("QAT", "Qatar", "카타르", "Middle East & North Africa", "sovereign"),
        new("REU", "Réunion", "레위니옹", "Sub-Saharan Africa", "other-territory"),
        new("ROU", "Romania", "루마니아", "Europe", "sovereign"),
        new("RUS", "Russia", "러시아", "Europe", "sovereign"),
        new("RWA", "Rwanda", "르완다", "Sub-Saharan Africa", "sovereign"),
        new("SAU", "Saudi Arabia", "사우디아라비아", "Middle East & North Africa", "sovereign"),
        new("SDN", "Sudan", "수단", "Middle East & North Africa", "sovereign"),
        new("SEN", "Senegal", "세네갈", "Sub-Saharan Africa", "sovereign"),
        new("SGP", "Singapore", "싱가포르", "Southeast Asia", "sovereign"),
        new("SGS", "South Georgia", "조지아", "Other", "other-territory"),
        new("SHN", "Saint Helena, Ascension and Tristan da Cunha", "세인트헬레나", "Sub-Saharan Africa", "other-territory"),
        new("SJM", "Svalbard and Jan Mayen", "스발바르 얀마옌 제도", "Europe", "other-territory"),
        new("SLB", "Solomon Islands", "솔로몬 제도", "Oceania", "sovereign"),
        new("SLE", "Sierra Leone", "시에라리온", "Sub-Saharan Africa", "sovereign"),
        new("SLV", "El Salvador", "엘살바도르", "Latin America & Caribbean", "sovereign"),
        new("SMR", "San Marino", "산마리노", "Europe", "sovereign"),
        new("SOM", "Somalia", "소말리아", "Sub-Saharan Africa", "sovereign"),
        new("SPM", "Saint Pierre and Miquelon", "생피에르 미클롱", "North America", "other-territory"),
        new("SRB", "Serbia", "세르비아", "Europe", "sovereign"),
        new("SSD", "South Sudan", "남수단", "Sub-Saharan Africa", "sovereign"),
        new("STP", "São Tomé and Príncipe", "상투메 프린시페", "Sub-Saharan Africa", "sovereign"),
        new("SUR", "Suriname", "수리남", "Latin America & Caribbean", "sovereign"),
        new("SVK", "Slovakia", "슬로바키아", "Europe", "sovereign"),
        new("SVN", "Slovenia", "슬로베니아", "Europe", "sovereign"),
        new("SWE", "Sweden", "스웨덴", "Europe", "sovereign"),
        new("SWZ", "Eswatini", "에스와티니", "Sub-Saharan Africa", "sovereign"),
        new("SXM", "Sint Maarten", "신트마르턴", "Latin America & Caribbean", "other-territory"),
        new("SYC", "Seychelles", "세이셸", "Sub-Saharan Africa", "sovereign"),
        new("SYR", "Syria", "시리아", "Middle East & North Africa", "sovereign"),
        new("TCA", "Turks and Caicos Islands", "터크스 케이커스 제도", "Latin America & Caribbean", "other-territory"),
        new("TCD", "Chad", "차드", "Sub-Saharan Africa", "sovereign"),
        new("TGO", "Togo", "토고", "Sub-Saharan Africa", "sovereign"),
        new("THA", "Thailand", "태국", "Southeast Asia", "sovereign"),
        new("TJK", "Tajikistan", "타지키스탄", "Central Asia", "sovereign"),
        new("TKL", "Tokelau", "토켈라우", "Oceania", "other-territory"),
        new("TKM", "Turkmenistan", "투르크메니스탄", "Central Asia", "sovereign"),
        new("TLS", "Timor-Leste", "동티모르", "Southeast Asia", "sovereign"),
        new("TON", "Tonga", "통가", "Oceania", "sovereign"),
        new("TTO", "Trinidad and Tobago", "트리니다드 토바고", "Latin America & Caribbean", "sovereign"),
        new("TUN", "Tunisia", "튀니지", "Middle East & North Africa", "sovereign"),
        new("TUR", "Türkiye", "터키", "Europe", "sovereign"),
        new("TUV", "Tuvalu", "투발루", "Oceania", "sovereign"),
        new("TWN", "Taiwan", "대만", "East Asia", "sovereign"),
        new("TZA", "Tanzania", "탄자니아", "Sub-Saharan Africa", "sovereign"),
        new("UGA", "Uganda", "우간다", "Sub-Saharan Africa", "sovereign"),
        new("UKR", "Ukraine", "우크라이나", "Europe", "sovereign"),
        new("UMI", "United States Minor Outlying Islands", "미국령 군소 제도", "Oceania", "us-territory"),
        new("XKX", "Kosovo", "코소보", "Europe", "sovereign"),
        new("URY", "Uruguay", "우루과이", "Latin America & Caribbean", "sovereign"),
        new("USA", "United States", "미국", "North America", "sovereign"),
        new("UZB", "Uzbekistan", "우즈베키스탄", "Central Asia", "sovereign"),
        new("VAT", "Vatican City", "바티칸", "Europe", "sovereign"),
        new("VCT", "Saint Vincent and the Grenadines", "세인트빈센트 그레나딘", "Latin America & Caribbean", "sovereign"),
        new("VEN", "Venezuela", "베네수엘라", "Latin America & Caribbean", "sovereign"),
        new("VGB", "British Virgin Islands", "영국령 버진아일랜드", "Latin America & Caribbean", "other-territory"),
        new("VIR", "United States Virgin Islands", "미국령 버진아일랜드", "Latin America & Caribbean", "us-territory"),
        new("VNM", "Vietnam", "베트남", "Southeast Asia", "sovereign"),
        new("VUT", "Vanuatu", "바누아투", "Oceania", "sovereign"),
        new("WLF", "Wallis and Futuna", "왈리스 퓌튀나", "Oceania", "other-territory"),
        new("WSM", "Samoa", "사모아", "Oceania", "sovereign"),
        new("YEM", "Yemen", "예멘", "Middle East & North Africa", "sovereign"),
        new("ZAF", "South Africa", "남아프리카", "Sub-Saharan Africa", "sovereign"),
        new("ZMB", "Zambia", "잠비아", "Sub-Saharan Africa", "sovereign"),
        new("ZWE", "Zimbabwe", "짐바브웨", "Sub-Saharan Africa", "sovereign"),

    ];

    // Korean names where the package's Korean translation is wrong or differs from the ROK government's usage.
    // Source id mledoze-countries is kept for the row; each override is flagged in the row's notes.
    private static readonly FrozenDictionary<string, (string NameKo, string Why)> KoreanNameOverrides =
        new Dictionary<string, (string, string)>
        {
            ["KOR"] = ("대한민국", "package gives the short form 한국"),
            ["PRK"] = ("북한", "package gives 조선 (DPRK usage); ROK government usage is 북한"),
            ["TUR"] = ("튀르키예", "package gives 터키; the ROK government adopted 튀르키예 in 2022"),
            ["DMA"] = ("도미니카 연방", "package gives 도미니카 공화국, which is the Dominican Republic (DOM)"),
            ["IOT"] = ("영국령 인도양 지역", "package gives 인도 (India), a translation error"),
            ["SGS"] = ("사우스조지아 사우스샌드위치 제도", "package gives 조지아 (Georgia), a translation error"),
            ["MNG"] = ("몽골", "package gives 몽골국"),
            ["ZAF"] = ("남아프리카공화국", "package gives 남아프리카"),
            ["CAF"] = ("중앙아프리카공화국", "spacing as in ROK government usage"),
            ["COD"] = ("콩고민주공화국", "spacing as in ROK government usage"),
            ["COG"] = ("콩고공화국", "package gives 콩고, ambiguous with COD"),
        }.ToFrozenDictionary();

    // Region overrides applied when the table above was generated (UN subregion -> this repository's regions):
    // Iran (UN Southern Asia) -> Middle East & North Africa; Armenia, Azerbaijan, Georgia, Cyprus, Turkey (UN Western Asia)
    // -> Europe; Mexico (package: North America) -> Latin America & Caribbean; US Minor Outlying Islands (package: North
    // America) -> Oceania; British Indian Ocean Territory (UN Eastern Africa) -> South Asia (Diego Garcia's theatre).

    // Former states (ISO 3166-3) and places without an ISO code that troopdata or the base list use.
    private static readonly SpecialEntry[] FormerAndUserAssigned =
    [
        new("SUN", "Soviet Union", "소련", "Europe", "former", "iso-3166-3", "ISO 3166-3 SUHH (withdrawn 1992). troopdata's Gleditsch-Ward 365 before 1992; RUS from 1992."),
        new("YUG", "Yugoslavia", "유고슬라비아", "Europe", "former", "iso-3166-3", "ISO 3166-3 YUCS (withdrawn 2003): the Socialist Federal Republic and, 1992-2003, the Federal Republic of Yugoslavia. troopdata GW 345 to 2002."),
        new("SCG", "Serbia and Montenegro", "세르비아 몬테네그로", "Europe", "former", "iso-3166-3", "ISO 3166-3 CSXX (withdrawn 2006). troopdata GW 345 ('Yugoslavia') 2003-2006."),
        new("CSK", "Czechoslovakia", "체코슬로바키아", "Europe", "former", "iso-3166-3", "ISO 3166-3 CSHH (withdrawn 1993). troopdata GW 315."),
        new("DDR", "German Democratic Republic", "독일민주공화국", "Europe", "former", "iso-3166-3", "ISO 3166-3 DDDE (withdrawn 1990). troopdata GW 265."),
        new("YMD", "South Yemen", "남예멘", "Middle East & North Africa", "former", "iso-3166-3", "ISO 3166-3 YDYE, People's Democratic Republic of Yemen (withdrawn 1990). troopdata GW 680."),
        new("VDR", "North Vietnam", "북베트남", "Southeast Asia", "former", "iso-3166-3", "ISO 3166-3 VDVN, Democratic Republic of Viet-Nam (withdrawn 1977). troopdata GW 816 before 1976; the Republic of Vietnam (GW 817) is VNM, whose code the unified state kept."),
        new("ANT", "Netherlands Antilles", "네덜란드령 안틸레스", "Latin America & Caribbean", "former", "iso-3166-3", "ISO 3166-3 ANHH (withdrawn 2010). troopdata GW-style code 1016 keeps this name through 2025; after 2010 its rows cover Curaçao, Sint Maarten and the Caribbean Netherlands."),
        new("MID", "Midway Islands", "미드웨이 제도", "Oceania", "us-territory", "iso-3166-3", "ISO 3166-3 MIUM (merged into UM, US Minor Outlying Islands, in 1986); kept separate because troopdata lists it separately (code 1012)."),
        new("WAK", "Wake Island", "웨이크섬", "Oceania", "us-territory", "iso-3166-3", "ISO 3166-3 WKUM (merged into UM in 1986); kept separate because troopdata lists it separately (code 1014)."),
        new("JTN", "Johnston Island", "존스턴섬", "Oceania", "us-territory", "iso-3166-3", "ISO 3166-3 JTUM (merged into UM in 1986); kept separate because troopdata lists it separately (code 10100)."),
        // User-assigned codes (ISO 3166-1 reserves XAA-XZZ for user assignment); no ISO code exists for these.
        new("XAB", "Abkhazia", "압하지야", "Europe", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): breakaway region of Georgia. troopdata ad hoc code 396."),
        new("XZN", "Zanzibar", "잔지바르", "Sub-Saharan Africa", "former", "mledoze-countries", "User-assigned code (no ISO code): independent 1963-1964, then part of Tanzania. troopdata GW 511."),
        new("XLN", "Line Islands", "라인 제도", "Oceania", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): in 1967 part of the Gilbert and Ellice Islands colony (ISO 3166-3 GEL), now mostly Kiribati. troopdata code 1030."),
        new("XEI", "Easter Island", "이스터섬", "Latin America & Caribbean", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): part of Chile; listed separately by troopdata (code 1031)."),
        new("XBW", "British West Indies", "영국령 서인도 제도", "Latin America & Caribbean", "former", "mledoze-countries", "User-assigned code (no ISO code): British Caribbean colonies as one report line, 1950-1965. troopdata code 1032."),
        new("XSR", "Sarawak", "사라왁", "Southeast Asia", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): part of Malaysia since 1963; listed separately in 1966 (troopdata code 1033)."),
        new("XKM", "Kashmir", "카슈미르", "South Asia", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): disputed region; listed in 1954 (troopdata code 1038; UN observer mission)."),
        new("XRY", "Ryukyu Islands", "류큐 제도", "East Asia", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): the Ryukyu Islands (Okinawa), under US administration until their reversion to Japan on 15 May 1972; the DoD personnel reports list them on a line of their own through September 1973 (troopdata code 740, location 'Ryukyus (Okinawa)' or 'Ryukyu Islands')."),
        new("XAZ", "Azores", "아조레스 제도", "Europe", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): autonomous region of Portugal; listed separately 1950-1969 (troopdata code 1040)."),
    ];

    // Treaty allies as of 2026-11-25. Treaty names and years: State Department, "U.S. Collective Defense Arrangements"
    // (state-collective-defense). NATO accession years: NATO, "NATO member countries" (nato-member-countries).
    private const string NorthAtlantic = "North Atlantic Treaty";
    private const string Rio = "Inter-American Treaty of Reciprocal Assistance (Rio Treaty)";
    private const string Anzus = "Security Treaty between Australia, New Zealand and the United States (ANZUS)";
    private static readonly TreatyAlly[] TreatyAllies =
    [
        new("JPN", "Treaty of Mutual Cooperation and Security between the United States and Japan", 1960, "state-collective-defense", "Replaced the Security Treaty of 1951 (signed at San Francisco, 8 Sep 1951)."),
        new("KOR", "Mutual Defense Treaty between the United States and the Republic of Korea", 1953, "state-collective-defense", ""),
        new("PHL", "Mutual Defense Treaty between the United States and the Republic of the Philippines", 1951, "state-collective-defense", "Also a party to the Southeast Asia Collective Defense Treaty (Manila Pact, 1954)."),
        new("AUS", Anzus, 1951, "state-collective-defense", "Also a party to the Manila Pact (1954)."),
        new("NZL", Anzus, 1951, "state-collective-defense", "Still a party to ANZUS, which the State Department lists, so us_treaty_ally is true; but the United States suspended its ANZUS security obligations to New Zealand in 1986 (after New Zealand barred nuclear-armed or nuclear-powered ships) and has not restored them. Analyses of operative alliance commitments should treat New Zealand separately."),
        new("THA", "Southeast Asia Collective Defense Treaty (Manila Pact)", 1954, "state-collective-defense", "The Manila Pact remains in force although SEATO was dissolved in 1977; the Thanat-Rusk communique of 6 Mar 1962 affirmed the US commitment to Thailand bilaterally."),
        // NATO: (code, accession year). Founding members signed in 1949.
        ..NatoMembers(),
        // Rio Treaty parties per the State Department page. Withdrawn: Mexico (effective 2004), and Bolivia, Ecuador,
        // Nicaragua and Venezuela (denunciations 2012-2014); their rows carry a note instead of the flag.
        ..RioParties(),
    ];

    private static IEnumerable<TreatyAlly> NatoMembers()
    {
        (string Iso3, int Joined)[] members =
        [
            ("BEL", 1949), ("CAN", 1949), ("DNK", 1949), ("FRA", 1949), ("ISL", 1949), ("ITA", 1949), ("LUX", 1949),
            ("NLD", 1949), ("NOR", 1949), ("PRT", 1949), ("GBR", 1949), ("GRC", 1952), ("TUR", 1952), ("DEU", 1955),
            ("ESP", 1982), ("CZE", 1999), ("HUN", 1999), ("POL", 1999), ("BGR", 2004), ("EST", 2004), ("LVA", 2004),
            ("LTU", 2004), ("ROU", 2004), ("SVK", 2004), ("SVN", 2004), ("ALB", 2009), ("HRV", 2009), ("MNE", 2017),
            ("MKD", 2020), ("FIN", 2023), ("SWE", 2024),
        ];
        foreach (var (iso3, joined) in members)
        {
            var note = joined == 1949 ? "NATO founding member (1949)." : $"NATO member since {joined} (accession year from nato-member-countries).";
            if (iso3 == "DEU") note += " Federal Republic of Germany from 1955; unified Germany from 1990.";
            yield return new TreatyAlly(iso3, $"{NorthAtlantic} ({joined})", 1949, "state-collective-defense", note);
        }
    }

    private static IEnumerable<TreatyAlly> RioParties()
    {
        string[] parties = ["ARG", "BHS", "BRA", "CHL", "COL", "CRI", "DOM", "SLV", "GTM", "HTI", "HND", "PAN", "PRY", "PER", "TTO", "URY"];
        foreach (var iso3 in parties)
        {
            var note = iso3 switch
            {
                "BHS" => "Rio Treaty party (acceded 1982).",
                "TTO" => "Rio Treaty party (acceded 1967).",
                _ => "Rio Treaty party.",
            };
            yield return new TreatyAlly(iso3, Rio, 1947, "state-collective-defense", note);
        }
    }

    // Former Rio Treaty parties: not allies as of 2026-11-25; explained in notes.
    private static readonly FrozenDictionary<string, string> FormerTreatyNotes = new Dictionary<string, string>
    {
        ["MEX"] = "Former Rio Treaty party: withdrew (denunciation 2002, effective 2004).",
        ["BOL"] = "Former Rio Treaty party: denounced the treaty during 2012-2014 with other ALBA states.",
        ["ECU"] = "Former Rio Treaty party: denounced the treaty during 2012-2014 with other ALBA states.",
        ["NIC"] = "Former Rio Treaty party: denounced the treaty during 2012-2014 with other ALBA states.",
        ["VEN"] = "Former Rio Treaty party: denounced the treaty during 2012-2014; the 2019 National Assembly vote to rejoin is not recognised here as restoring party status.",
        ["PAK"] = "Former Manila Pact party (withdrew 1973).",
        ["USA"] = "The United States itself: us_treaty_ally is false by definition.",
    }.ToFrozenDictionary();

    // Status and notes for codes whose status needs saying.
    private static readonly FrozenDictionary<string, string> StatusNotes = new Dictionary<string, string>
    {
        ["TWN"] = "Status 'sovereign' here means a self-governing entity with its own armed forces; the United States has not recognised the Republic of China as a state since 1979, and ISO 3166-1 names it 'Taiwan, Province of China'.",
        ["XKX"] = "User-assigned code XKX (no ISO code; XKX is the code the European Commission and IMF use). Recognised by the United States (2008); not a UN member.",
        ["HKG"] = "Special administrative region of China since 1997. troopdata counts Hong Kong separately only until 1996.",
        ["GUM"] = "US territory: kept distinct from the United States and from foreign hosts.",
        ["MNP"] = "US territory. troopdata's 'Mariana Islands' (code 1011, 1954-1988) is mapped here.",
        ["PRI"] = "US territory.",
        ["VIR"] = "US territory.",
        ["ASM"] = "US territory.",
        ["UMI"] = "US territories (Midway, Wake, Johnston and others); troopdata's separately listed atolls use their ISO 3166-3 codes MID, WAK, JTN.",
        ["SHN"] = "troopdata's 'Ascension Island' (1957-1965) and 'St. Helena' (1966-2006) are both mapped here; US personnel are at Ascension.",
        ["IOT"] = "troopdata's 'Diego Garcia' is mapped here.",
        ["FSM"] = "troopdata's 'Micronesia' (code 987, from 1955) is mapped here; before 1986 that location was part of the Trust Territory of the Pacific Islands (ISO 3166-3 PCI).",
        ["MHL"] = "troopdata's 'Eniwetok (J.T.F. 7)' (1954-1955, then in the Trust Territory) is mapped here.",
        ["VNM"] = "troopdata's 'South Vietnam' (GW 817, to 1975) and 'Vietnam' (GW 816, from 1976) are mapped here; ISO kept VN for the unified state.",
        ["SRB"] = "troopdata lists 'Serbia' under GW 340 (from 1995) and, from 2007, under GW 345; see the us-troops codebook.",
    }.ToFrozenDictionary();

    public void Run(CurationContext context)
    {
        var rows = BuildRows();
        var missing = GleditschWardIso.AllCodes().Concat(UsBasesCuration.CodesUsed()).Distinct()
            .Where(code => rows.All(r => r.Iso3 != code)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"countries: codes used by us-troops or us-bases have no countries row: {string.Join(", ", missing)}");
        CuratedCsv.WriteAtomically(Path.Combine(context.DataDir, "countries.csv"),
            ["iso3", "name_en", "name_ko", "region", "status", "us_treaty_ally", "us_treaty", "us_treaty_year", "source_id", "notes"],
            rows.Select(r => new string?[]
            {
                r.Iso3, r.NameEn, r.NameKo, r.Region, r.Status, r.UsTreatyAlly ? "true" : "false", r.UsTreaty,
                r.UsTreatyYear?.ToString(System.Globalization.CultureInfo.InvariantCulture), r.SourceId, r.Notes,
            }));
        Console.WriteLine($"  countries.csv: {rows.Count} rows, {rows.Count(r => r.UsTreatyAlly)} treaty allies");
    }

    public static List<CountryRow> BuildRows()
    {
        var allies = new Dictionary<string, TreatyAlly>();
        foreach (var ally in TreatyAllies)
        {
            if (!allies.TryAdd(ally.Iso3, ally))
                throw new InvalidOperationException($"countries: treaty ally {ally.Iso3} listed twice");
        }
        var rows = new List<CountryRow>();
        foreach (var e in IsoEntries)
        {
            var notes = new List<string>();
            var nameKo = e.NameKo;
            if (KoreanNameOverrides.TryGetValue(e.Iso3, out var ko))
            {
                notes.Add($"name_ko corrected to ROK government usage ({ko.Why}).");
                nameKo = ko.NameKo;
            }
            if (StatusNotes.TryGetValue(e.Iso3, out var statusNote)) notes.Add(statusNote);
            if (FormerTreatyNotes.TryGetValue(e.Iso3, out var formerNote)) notes.Add(formerNote);
            var sourceId = "mledoze-countries";
            string treaty = "";
            int? treatyYear = null;
            if (allies.TryGetValue(e.Iso3, out var ally))
            {
                treaty = ally.Treaty;
                treatyYear = ally.Year;
                sourceId = ally.SourceId;
                if (ally.Notes.Length > 0) notes.Add(ally.Notes);
                notes.Add("Code, names and region: mledoze-countries.");
            }
            rows.Add(new CountryRow(e.Iso3, e.NameEn, nameKo, e.Region, e.Status, ally is not null, treaty, treatyYear, sourceId, string.Join(" ", notes)));
        }
        foreach (var s in FormerAndUserAssigned)
        {
            if (rows.Any(r => r.Iso3 == s.Iso3)) throw new InvalidOperationException($"countries: {s.Iso3} defined twice");
            rows.Add(new CountryRow(s.Iso3, s.NameEn, s.NameKo, s.Region, s.Status, false, "", null, s.SourceId,
                s.Notes + (s.SourceId == "mledoze-countries" ? " Korean name: standard Korean transcription, not from a cited list." : "")));
        }
        var unknownAllies = allies.Keys.Where(k => rows.All(r => r.Iso3 != k)).ToList();
        if (unknownAllies.Count > 0) throw new InvalidOperationException($"countries: treaty allies without a row: {string.Join(", ", unknownAllies)}");
        rows.Sort((a, b) => string.CompareOrdinal(a.Iso3, b.Iso3));
        return rows;
    }
}

/// <summary>
/// Maps troopdata's location codes (Gleditsch and Ward numbers, plus the compilers' ad hoc codes above 1000) to this
/// repository's ISO codes. Where a code's polity changed, the mapping depends on the year.
/// </summary>
internal static class GleditschWardIso
{
    // Codes whose reference iso3c is missing ("NA") or not the one used here. Year-dependent ones are in Map().
    private static readonly FrozenDictionary<int, string> Fixed = new Dictionary<int, string>
    {
        [58] = "ATG", [60] = "KNA", [265] = "DDR", [315] = "CSK", [347] = "XKX", [396] = "XAB", [403] = "STP",
        [511] = "XZN", [591] = "SYC", [678] = "YEM", [680] = "YMD", [817] = "VNM", [972] = "TON", [987] = "FSM",
        [1001] = "GIB", [1002] = "GRL", [1004] = "IOT", [1005] = "SHN", [1007] = "BMU", [1008] = "GUM", [1009] = "HKG",
        [1011] = "MNP", [1012] = "MID", [1013] = "VIR", [1014] = "WAK", [1016] = "ANT", [1019] = "ABW", [1030] = "XLN",
        [1031] = "XEI", [1032] = "XBW", [1033] = "XSR", [1034] = "ESH", [1035] = "VGB", [1037] = "TCA", [1038] = "XKM",
        [1040] = "XAZ", [1041] = "ASM", [1042] = "SHN", [10000] = "ATA", [10100] = "JTN", [10101] = "MHL",
    }.ToFrozenDictionary();

    /// <summary>The ISO code for a troopdata location in a given year.</summary>
    /// <param name="referenceIso3">troopdata's own iso3c value ("NA" when it has none).</param>
    public static string Map(int ccode, string referenceIso3, int year) => ccode switch
    {
        365 => year <= 1991 ? "SUN" : "RUS",
        345 => year <= 2002 ? "YUG" : year <= 2006 ? "SCG" : "SRB",
        816 => year <= 1975 ? "VDR" : "VNM",
        _ when Fixed.TryGetValue(ccode, out var iso3) => iso3,
        _ when referenceIso3.Length == 3 && referenceIso3 != "NA" => referenceIso3,
        _ => throw new InvalidDataException($"no ISO mapping for troopdata location code {ccode} (iso3c '{referenceIso3}')"),
    };

    public static IEnumerable<string> AllCodes() => Fixed.Values.Concat(["SUN", "RUS", "YUG", "SCG", "SRB", "VDR", "VNM"]);
}
