namespace ForcePosture.Site.Model;

/// <summary>
/// Every sentence and label of the tracker's own interface, in English and Korean, as typed properties so that a page cannot
/// ask for a string that has no translation. Names of arrangements, their descriptions and source titles are the data's own
/// (English); countries are named in the language of the page from <c>countries.csv</c>; instrument types use the same Korean
/// terms as the figures (<c>notebooks/translations/ko.csv</c>).
/// </summary>
public sealed record SiteText
{
    /// <summary>The English interface.</summary>
    public static SiteText English { get; } = new();

    /// <summary>The Korean interface.</summary>
    public static SiteText Korean { get; } = new()
    {
        SiteTitle = "인도·태평양 동맹 군사태세 약정 추적기",
        SiteTagline = "미국과 동맹·우방국의 접근·방문군·순환배치·방산 협력 약정을 출처와 함께 정리한 자료",
        Home = "처음", Arrangements = "약정 목록", Countries = "국가별", Map = "지도", Downloads = "자료 내려받기·인용",
        SkipToContent = "본문으로 건너뛰기", OtherLanguage = "English", OtherLanguageLabel = "Read this page in English",
        AsOf = "기준일", AsOfNote = "약정 목록은 이 날짜까지 확인한 내용이다.",
        HomeIntro = "이 추적기는 2018년 이후의 동맹 간 접근·주둔 약정을 다루는, 기계가 읽을 수 있는 공개 목록이다. ATOP는 2018년, 국방협력협정 데이터셋(DCAD)은 2010년에서 끝나며, 상호접근협정(RAA)과 방문군지위협정(VFA)을 기계가 읽을 수 있는 형태로 공개하는 연구기관 목록은 우리가 아는 한 없다. 모든 행은 출처를 밝히며, 날짜는 확인된 정밀도(연·월·일)로만 적는다.",
        HomeCounts = "{0}건의 약정(그중 유사 군사태세 이니셔티브 {1}건), {2}개 당사국, 접근 기지 {3}곳, 순환배치 기록 {4}건, 방산 시설 {5}곳.",
        LatestArrangements = "최근 약정", ReportLink = "이 자료가 재구성하는 보고서",
        ReportSentence = "이 추적기는 아산정책연구원 보고서 『점묘화 연합(A Pointillist Coalition)』(이성훈·에스더 두나이, 2026년 1월)의 분석을 공개 자료로 재구성하는 저장소의 일부다. 보고서 자체의 표는 공개되지 않았으므로 이 목록은 재구성이다.",
        NamesInEnglish = "약정의 명칭·설명과 출처 제목은 원문(영어)으로 적는다.",
        Filters = "거르기", Type = "유형", Country = "국가", Status = "상태", FromYear = "시작 연도", ToYear = "끝 연도",
        Search = "검색", SearchPlaceholder = "명칭·설명·국가", QuasiOnly = "유사 군사태세 이니셔티브만", Any = "모두",
        SortBy = "정렬", SortByDate = "날짜(최근 순)", SortByDateAscending = "날짜(오래된 순)", SortByName = "명칭",
        Reset = "조건 지우기", LinkToView = "이 화면의 주소(인용용)", Showing = "{1}건 중 {0}건 표시",
        TableView = "표", TimelineView = "연표", View = "보기",
        Name = "명칭", Parties = "당사국(역할)", Dates = "날짜", Sources = "출처", Quasi = "유사 군사태세",
        Announced = "발표", Signed = "서명", InForce = "발효", Ended = "종료", Yes = "예", No = "아니오",
        SupersededBy = "대체한 약정", Notes = "비고", DateRule = "날짜는 출처가 밝히는 정밀도로 적는다(연도만, 연·월, 연·월·일).",
        YearFilterRule = "연도 범위는 약정의 어느 날짜(발표·서명·발효·종료)든 그 범위에 드는 행을 보여준다.",
        CountriesIntro = "약정의 당사국인 모든 나라. 각 페이지는 그 나라의 약정, 주둔 미군, 국방비, 접근 기지와 방산 시설을 보여준다.",
        ArrangementsCount = "약정 수", ByTypeAndPartner = "유형·상대국별 약정", Partners = "상대국",
        UsForcesHosted = "주둔 미군", UsForcesNote = "미 국방인력데이터센터(DMDC) 9월 보고서의 현역 병력(troopdata 편집본, 정정 반영). 2017년 12월부터 상주 병력만 센다.",
        Year = "연도", Troops = "병력", Estimate = "추정치", Uncertain = "매우 불확실", DefenceSpending = "국방비",
        SpendingNote = "SIPRI 군사비 데이터베이스 2025, 2023년 불변 미국 달러(백만).", SpendingUnit = "백만 달러(2023년 불변)",
        AccessSites = "접근 기지", IndustrialFacilities = "방산 시설", RotationalDeployments = "순환배치", Figures = "그림",
        NoneRecorded = "기록 없음.", Site = "장소", User = "사용국", Host = "주둔국", Sender = "파견국", Owner = "소유국",
        Capability = "분야", Personnel = "인원", Assets = "전력", Agreement = "약정",
        EuropeanForces = "프랑스·영국 상주 병력", EuropeanForcesNote = "주요 기지에 표시한 프랑스·영국의 주둔군과 사령부. 병력 수는 출처가 제시한 값과 그 기준 시점이며, 서로 기준 시점이 다르다.", MainBase = "주요 기지",
        KoreaComparison = "유형별 비교: 대한민국에 없는 것",
        KoreaComparisonIntro = "아산 보고서의 다섯 가지 유사 군사태세 유형별로, 대한민국과 일본·호주·필리핀(및 미국)이 당사국인 이니셔티브 수(모든 역할, 체결 기준 2000년 이후). 각 칸은 약정 목록으로 연결된다.",
        Kind = "유형", KoreaAbsentSentence = "대한민국이 하나도 갖지 않은 유형: {0}.",
        MapIntro = "미군 기지(2019년 이전 목록), 합의된 접근 기지, 순환배치(주둔국 기준), 국가 간 방산 시설. 각 점은 해당 행과 출처로 연결된다. 좌표가 없는 행(모든 순환배치, 일부 방산 시설)은 주둔국 중심에 표시하며, 모든 행은 아래 표에 있다.",
        MapPoints = "지도의 점", AtHostCountry = "주둔국 중심에 표시", Layer = "층", Coordinates = "좌표", UsBases = "미군 기지(2019년 이전 목록)",
        DownloadsIntro = "모든 표는 CSV 파일과 Frictionless 데이터 패키지로 내려받을 수 있다. 표의 각 열 정의는 코드북에 있다.",
        Table = "표", Rows = "행 수", Description = "설명", DataPackage = "데이터 패키지(datapackage.json)", Codebook = "코드북",
        Gallery = "그림 모음", HowToCite = "인용 방법",
        CiteIntro = "이 저장소와 함께, 사용한 자료의 원 생산자를 인용해 주십시오. SIPRI 자료는 'SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex'로 인용해야 한다.",
        Producers = "원자료 생산자", Licence = "이용 조건", Citation = "인용 정보(CITATION.cff)",
        Footer = "출처가 밝혀진 공개 자료로 만든 재구성이다. 데이터: data/ · 그림: figures/ · 코드: MIT 라이선스.",
        NoScript = "자바스크립트가 꺼져 있으면 거르기 없이 모든 행이 보인다.",
        Print = "인쇄용", Interactive = "대화형", FilteredView = "필터를 적용한 약정 목록",
    };

    /// <summary>The site's name.</summary>
    public string SiteTitle { get; init; } = "Allied Force Posture Arrangements Tracker";
    /// <summary>The line under the name.</summary>
    public string SiteTagline { get; init; } = "Access, visiting-forces, rotational and defence-industrial arrangements of the United States and its Indo-Pacific allies and partners, each with its sources";
    /// <summary>Navigation: home.</summary>
    public string Home { get; init; } = "Home";
    /// <summary>Navigation: the arrangements.</summary>
    public string Arrangements { get; init; } = "Arrangements";
    /// <summary>Navigation: the countries.</summary>
    public string Countries { get; init; } = "Countries";
    /// <summary>Navigation: the map.</summary>
    public string Map { get; init; } = "Map";
    /// <summary>Navigation: downloads and citation.</summary>
    public string Downloads { get; init; } = "Downloads and citation";
    /// <summary>The skip link.</summary>
    public string SkipToContent { get; init; } = "Skip to content";
    /// <summary>The language switch's text.</summary>
    public string OtherLanguage { get; init; } = "한국어";
    /// <summary>The language switch's accessible label.</summary>
    public string OtherLanguageLabel { get; init; } = "이 페이지를 한국어로 보기";
    /// <summary>"As of".</summary>
    public string AsOf { get; init; } = "As of";
    /// <summary>What the as-of date means.</summary>
    public string AsOfNote { get; init; } = "The arrangements are checked up to this date.";
    /// <summary>The home page's first paragraph.</summary>
    public string HomeIntro { get; init; } = "This tracker is a machine-readable, public list of allied access and posture arrangements after 2018: ATOP stops in 2018, the Defense Cooperation Agreement Dataset in 2010, and we know of no think tank that publishes a machine-readable list of reciprocal access and visiting forces agreements. Every row names its sources, and every date is given only at the precision a source supports (year, month or day).";
    /// <summary>Counts: arrangements {0}, quasi-force posture {1}, parties {2}, access sites {3}, deployments {4}, facilities {5}.</summary>
    public string HomeCounts { get; init; } = "{0} arrangements ({1} of them quasi-force posture initiatives) among {2} parties; {3} access sites, {4} rotational deployment records and {5} defence-industrial facilities.";
    /// <summary>Heading of the latest arrangements.</summary>
    public string LatestArrangements { get; init; } = "Latest arrangements";
    /// <summary>Heading of the report paragraph.</summary>
    public string ReportLink { get; init; } = "The report this data reconstructs";
    /// <summary>The report paragraph.</summary>
    public string ReportSentence { get; init; } = "The tracker is part of a repository that reconstructs, from public data, the analyses of the Asan Institute's A Pointillist Coalition: Redefining Allied Force Posture in the Indo-Pacific (Peter K. Lee and Esther Dunay, January 2026). The report's own tables are not available, so this list is a reconstruction.";
    /// <summary>Only on Korean pages: names are in English.</summary>
    public string NamesInEnglish { get; init; } = "";
    /// <summary>Filter form heading.</summary>
    public string Filters { get; init; } = "Filter";
    /// <summary>Instrument type.</summary>
    public string Type { get; init; } = "Type";
    /// <summary>Country.</summary>
    public string Country { get; init; } = "Country";
    /// <summary>Status.</summary>
    public string Status { get; init; } = "Status";
    /// <summary>From year.</summary>
    public string FromYear { get; init; } = "From year";
    /// <summary>To year.</summary>
    public string ToYear { get; init; } = "To year";
    /// <summary>Search.</summary>
    public string Search { get; init; } = "Search";
    /// <summary>Search placeholder.</summary>
    public string SearchPlaceholder { get; init; } = "name, description, country";
    /// <summary>Quasi-force posture only.</summary>
    public string QuasiOnly { get; init; } = "Quasi-force posture initiatives only";
    /// <summary>Any (no filter).</summary>
    public string Any { get; init; } = "Any";
    /// <summary>Sort.</summary>
    public string SortBy { get; init; } = "Sort";
    /// <summary>Newest first.</summary>
    public string SortByDate { get; init; } = "Date (newest first)";
    /// <summary>Oldest first.</summary>
    public string SortByDateAscending { get; init; } = "Date (oldest first)";
    /// <summary>By name.</summary>
    public string SortByName { get; init; } = "Name";
    /// <summary>Reset filters.</summary>
    public string Reset { get; init; } = "Clear filters";
    /// <summary>Link to the filtered view.</summary>
    public string LinkToView { get; init; } = "Link to this view (for citing)";
    /// <summary>"Showing {0} of {1}".</summary>
    public string Showing { get; init; } = "Showing {0} of {1}";
    /// <summary>Table view.</summary>
    public string TableView { get; init; } = "Table";
    /// <summary>Timeline view.</summary>
    public string TimelineView { get; init; } = "Timeline";
    /// <summary>View.</summary>
    public string View { get; init; } = "View";
    /// <summary>Name.</summary>
    public string Name { get; init; } = "Name";
    /// <summary>Parties and roles.</summary>
    public string Parties { get; init; } = "Parties (role)";
    /// <summary>Dates.</summary>
    public string Dates { get; init; } = "Dates";
    /// <summary>Sources.</summary>
    public string Sources { get; init; } = "Sources";
    /// <summary>Quasi-force posture (column).</summary>
    public string Quasi { get; init; } = "Quasi-force posture";
    /// <summary>Announced.</summary>
    public string Announced { get; init; } = "Announced";
    /// <summary>Signed.</summary>
    public string Signed { get; init; } = "Signed";
    /// <summary>In force.</summary>
    public string InForce { get; init; } = "In force";
    /// <summary>Ended.</summary>
    public string Ended { get; init; } = "Ended";
    /// <summary>Yes.</summary>
    public string Yes { get; init; } = "Yes";
    /// <summary>No.</summary>
    public string No { get; init; } = "No";
    /// <summary>Superseded by.</summary>
    public string SupersededBy { get; init; } = "Superseded by";
    /// <summary>Notes.</summary>
    public string Notes { get; init; } = "Notes";
    /// <summary>The date rule.</summary>
    public string DateRule { get; init; } = "Dates are given at the precision their sources support (year, month or day).";
    /// <summary>The year filter's rule.</summary>
    public string YearFilterRule { get; init; } = "The year range shows the arrangements with any date (announced, signed, in force, ended) inside it.";
    /// <summary>The country index's introduction.</summary>
    public string CountriesIntro { get; init; } = "Every country that is party to an arrangement. Each page shows its arrangements, the US forces it hosts, its defence spending, its access sites and industrial facilities.";
    /// <summary>Number of arrangements.</summary>
    public string ArrangementsCount { get; init; } = "Arrangements";
    /// <summary>Arrangements by type and partner.</summary>
    public string ByTypeAndPartner { get; init; } = "Arrangements by type and partner";
    /// <summary>Partners.</summary>
    public string Partners { get; init; } = "Partners";
    /// <summary>US forces hosted.</summary>
    public string UsForcesHosted { get; init; } = "US forces hosted";
    /// <summary>What the US forces figures are.</summary>
    public string UsForcesNote { get; init; } = "US active-duty personnel in the Defense Manpower Data Center's September reports (troopdata compilation, corrected). From December 2017 permanently assigned personnel only.";
    /// <summary>Year.</summary>
    public string Year { get; init; } = "Year";
    /// <summary>Troops.</summary>
    public string Troops { get; init; } = "Personnel";
    /// <summary>Estimate.</summary>
    public string Estimate { get; init; } = "estimate";
    /// <summary>SIPRI's "highly uncertain" marker.</summary>
    public string Uncertain { get; init; } = "highly uncertain";
    /// <summary>Defence spending.</summary>
    public string DefenceSpending { get; init; } = "Defence spending";
    /// <summary>What the spending figures are.</summary>
    public string SpendingNote { get; init; } = "SIPRI Military Expenditure Database 2025, millions of constant 2023 US dollars.";
    /// <summary>Spending unit.</summary>
    public string SpendingUnit { get; init; } = "US$ m (constant 2023)";
    /// <summary>Access sites.</summary>
    public string AccessSites { get; init; } = "Access sites";
    /// <summary>Industrial facilities.</summary>
    public string IndustrialFacilities { get; init; } = "Defence-industrial facilities";
    /// <summary>Rotational deployments.</summary>
    public string RotationalDeployments { get; init; } = "Rotational deployments";
    /// <summary>Figures.</summary>
    public string Figures { get; init; } = "Figures";
    /// <summary>Nothing recorded.</summary>
    public string NoneRecorded { get; init; } = "None recorded.";
    /// <summary>Site.</summary>
    public string Site { get; init; } = "Site";
    /// <summary>User.</summary>
    public string User { get; init; } = "User";
    /// <summary>Host.</summary>
    public string Host { get; init; } = "Host";
    /// <summary>Sender.</summary>
    public string Sender { get; init; } = "Sender";
    /// <summary>Owner.</summary>
    public string Owner { get; init; } = "Owner";
    /// <summary>Capability.</summary>
    public string Capability { get; init; } = "Capability";
    /// <summary>Personnel.</summary>
    public string Personnel { get; init; } = "Personnel";

    /// <summary>Heading of a country page's French and British garrisons.</summary>
    public string EuropeanForces { get; init; } = "French and British garrisons";

    /// <summary>What the garrison table shows.</summary>
    public string EuropeanForcesNote { get; init; } = "Permanent French and British garrisons and commands, at their main base. Each personnel figure is the one its source gives, with the source's date; the figures are of different dates.";

    /// <summary>Column heading: a garrison's main base.</summary>
    public string MainBase { get; init; } = "Main base";
    /// <summary>Assets.</summary>
    public string Assets { get; init; } = "Assets";
    /// <summary>Agreement.</summary>
    public string Agreement { get; init; } = "Arrangement";
    /// <summary>South Korea's comparison heading.</summary>
    public string KoreaComparison { get; init; } = "Type by type: what South Korea's peers have and it does not";
    /// <summary>South Korea's comparison introduction.</summary>
    public string KoreaComparisonIntro { get; init; } = "By the Asan report's five kinds of quasi-force posture: the initiatives concluded since 2000 in which South Korea, Japan, Australia and the Philippines (and the United States) take part, in any role. Each cell links to its arrangements.";
    /// <summary>A link to the arrangements page filtered to the country's quasi-force posture initiatives.</summary>
    public string FilteredView { get; init; } = "The arrangements page, filtered";
    /// <summary>Kind.</summary>
    public string Kind { get; init; } = "Kind";
    /// <summary>"The kinds South Korea has none of: {0}."</summary>
    public string KoreaAbsentSentence { get; init; } = "The kinds of which South Korea has none: {0}.";
    /// <summary>The map's introduction.</summary>
    public string MapIntro { get; init; } = "US bases (the pre-2019 list), agreed access sites, rotational deployments (at their host) and cross-national defence-industrial facilities. Each point links to its row and its sources; rows without coordinates (all deployments, some facilities) are drawn at the centre of their host country, and every row is in the table below.";
    /// <summary>Points of the map.</summary>
    public string MapPoints { get; init; } = "The points on the map";
    /// <summary>Placed at the host country's centre.</summary>
    public string AtHostCountry { get; init; } = "at the host country";
    /// <summary>Layer.</summary>
    public string Layer { get; init; } = "Layer";
    /// <summary>Coordinates.</summary>
    public string Coordinates { get; init; } = "Coordinates";
    /// <summary>US bases.</summary>
    public string UsBases { get; init; } = "US bases (pre-2019 list)";
    /// <summary>Downloads introduction.</summary>
    public string DownloadsIntro { get; init; } = "Every table can be downloaded as CSV and as a Frictionless data package; the codebook defines every column.";
    /// <summary>Table.</summary>
    public string Table { get; init; } = "Table";
    /// <summary>Rows.</summary>
    public string Rows { get; init; } = "Rows";
    /// <summary>Description.</summary>
    public string Description { get; init; } = "Description";
    /// <summary>The data package.</summary>
    public string DataPackage { get; init; } = "Data package (datapackage.json)";
    /// <summary>The codebook.</summary>
    public string Codebook { get; init; } = "Codebook";
    /// <summary>The gallery.</summary>
    public string Gallery { get; init; } = "Figure gallery";
    /// <summary>How to cite.</summary>
    public string HowToCite { get; init; } = "How to cite";
    /// <summary>The citation paragraph.</summary>
    public string CiteIntro { get; init; } = "Please cite this repository and the original producers of the data you use. SIPRI data must be cited as 'SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex'.";
    /// <summary>The producers.</summary>
    public string Producers { get; init; } = "Producers of the reference data";
    /// <summary>Licence.</summary>
    public string Licence { get; init; } = "Terms";
    /// <summary>The citation file.</summary>
    public string Citation { get; init; } = "Citation file (CITATION.cff)";
    /// <summary>The footer.</summary>
    public string Footer { get; init; } = "A reconstruction from public, cited sources. Data: data/ · Figures: figures/ · Code: MIT licence.";
    /// <summary>Without JavaScript.</summary>
    public string NoScript { get; init; } = "Without JavaScript every row is shown and the filters do nothing.";
    /// <summary>Print formats.</summary>
    public string Print { get; init; } = "Print";
    /// <summary>Interactive.</summary>
    public string Interactive { get; init; } = "Interactive";

    /// <summary>The interface of a language.</summary>
    public static SiteText Of(SiteLanguage language) => language == SiteLanguage.Korean ? Korean : English;
}
