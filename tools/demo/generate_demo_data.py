#!/usr/bin/env python3
"""Generates the demo city of hpf-compliance: units and remittances of 阳泉 for 2023-01 .. 2026-02.

Deterministic (fixed seed): running it again gives byte-identical files. Writes
  data/HpfZzbUnitDemoData.xml         EmployerUnit rows (type demo)
  data/HpfZzcRemittanceDemoData.xml   UnitRemittance rows (type demo)
  docs/demo-export/units.csv          the same units in the center's export format (Chinese headers)
  docs/demo-export/remittances.csv    the same remittances in the center's export format
  docs/demo-export/expected.csv       what the 2026 screening rule must find for each unit (C=2025-02, A=2026-02, k=3)

Branches, users, the campaign and its meetings are hand-written in data/HpfZzaPlatformDemoData.xml.
Usage (from the component root): python3 tools/demo/generate_demo_data.py
"""
import csv
import datetime as dt
import io
import os
import random
from decimal import Decimal, ROUND_HALF_UP

SEED = 20260305
FIRST_MONTH = (2023, 1)           # the core system's ledger in this demo begins here
ASSESS = (2026, 2)                # A: last month due when the survey runs in March 2026
CUTOFF = (2025, 2)                # C: arrears must have begun on or before it
STOP_K = 3

# branch id/code, name, administrative division for the USCC, number of units, unit account prefix
BRANCHES = [
    ("YQ01", "城区管理部", "140302", 70, "140301"),
    ("YQ02", "矿区管理部", "140303", 42, "140302"),
    ("YQ03", "郊区管理部", "140311", 40, "140303"),
    ("YQ04", "开发区管理部", "140300", 45, "140304"),
    ("YQ05", "平定县管理部", "140321", 35, "140305"),
    ("YQ06", "盂县管理部", "140322", 35, "140306"),
    ("HY01", "华阳集团分中心", "140303", 33, "140307"),
]
PLACE = {"YQ01": "阳泉市", "YQ02": "阳泉市", "YQ03": "阳泉市", "YQ04": "阳泉", "YQ05": "平定县", "YQ06": "盂县"}

# case mix (see README "Demo data"); targets are the *_OLD / *_DEBT / PARTIAL kinds
CASES = [
    ("NORMAL", 186), ("ARREARS_OLD", 18), ("STOPPED_OLD", 16), ("UNDERPAID_OLD", 8), ("PARTIAL_BACKPAID", 5),
    ("SEALED_DEBT", 3), ("CLOSED_DEBT", 3), ("STOPPED_NEW", 8), ("ARREARS_NEW", 8), ("UNDERPAID_NEW", 3),
    ("BACKPAID", 14), ("SEALED_OK", 12), ("CLOSED_OK", 8), ("DEFERRED", 6), ("OPENING", 2),
]

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWY"


def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ORG_WEIGHTS))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(first17):
    s = sum(CHARSET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    c = 31 - s % 31
    return CHARSET[0 if c == 31 else c]


def make_uscc(rng, authority_category, division):
    body = "".join(rng.choice(ORG_BODY_CHARS) for _ in range(8))
    first17 = authority_category + division + body + org_check(body)
    return first17 + uscc_check(first17)


def midx(y, m):
    return y * 12 + m - 1


def mstr(i, sep="-"):
    return "%04d%s%02d" % (i // 12, sep, i % 12 + 1)


def mdate(i, day):
    return dt.date(i // 12, i % 12 + 1, day)


def yuan(x):
    return Decimal(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["建国", "志强", "丽娟", "晓峰", "海燕", "红梅", "建军", "文斌", "俊杰", "秀英", "桂兰", "永红", "利民", "玉梅", "国庆",
         "晓东", "雪梅", "宏伟", "晋生", "振华", "慧敏", "少华", "爱军", "卫平", "春花", "鹏飞", "立新", "燕妮", "瑞平", "保国",
         "丽萍", "志刚", "晓霞", "建英", "新民", "晋平", "润生", "二虎", "翠兰", "金锁", "亚楠", "思远", "子豪", "梦瑶", "浩然"]

CORE = ["鑫达", "华盛", "恒通", "晋阳", "瑞丰", "东方", "宏远", "兴旺", "天成", "永安", "泰和", "金鼎", "广源", "润泽", "嘉禾",
        "锦程", "诚信", "博远", "盛达", "凯旋", "同创", "正大", "华晋", "冀晋", "太行", "娘子关", "桃河", "狮脑山", "藏山", "漾泉",
        "新元", "中兴", "荣昌", "祥瑞", "福源", "昌盛", "汇通", "联创", "德胜", "安泰", "保晋", "晋东", "龙腾", "鸿运", "聚源",
        "天宇", "金达", "银河", "立信", "恒泰", "宏达", "明珠", "星火", "丰源", "盛世", "远航", "晟达", "晋煤", "山城", "平潭"]
INDUSTRY = ["煤业", "化工", "建材", "耐火材料", "铝业", "物流", "商贸", "建筑工程", "物业管理", "餐饮管理", "医药", "电力工程",
            "机械制造", "信息技术", "房地产开发", "陶瓷", "农业科技", "酒店管理", "环保科技", "汽车销售", "印刷", "食品",
            "钢结构", "热力", "燃气", "水务", "运输", "装饰工程", "矿山机械", "新材料", "电子科技", "教育咨询", "保安服务",
            "家政服务", "广告传媒", "超市", "纺织", "铸造", "节能科技", "劳务派遣"]
SUFFIX = ["有限公司"] * 6 + ["有限责任公司"] * 3 + ["股份有限公司"]
INSTITUTIONS = {
    "YQ01": ["阳泉市第一中学校", "阳泉市人民医院", "阳泉市城区实验小学", "阳泉市图书馆", "阳泉市城区社区卫生服务中心"],
    "YQ02": ["阳泉市第二中学校", "阳泉市矿区人民医院", "阳泉市矿区第一小学校"],
    "YQ03": ["阳泉市郊区人民医院", "阳泉市郊区荫营中学校"],
    "YQ04": ["阳泉经济技术开发区企业服务中心", "阳泉职业技术学院"],
    "YQ05": ["平定县人民医院", "平定县第一中学校", "平定县冠山中学"],
    "YQ06": ["盂县人民医院", "盂县第一中学校", "盂县职业中学"],
    "HY01": [],
}
HUAYANG = ["一矿", "二矿", "三矿", "新景矿", "开元矿", "平舒煤业", "寺家庄煤业", "长沟煤矿", "景福煤业", "石港煤业",
           "运裕煤业", "泊里煤矿", "七元煤业", "新元煤炭", "热电分公司", "供电分公司", "铁路运输分公司", "物资供销分公司",
           "通信分公司", "总医院", "职工培训中心", "机电修制中心", "矿山救护大队", "煤炭研究院", "化工分公司", "新材料分公司",
           "碳化硅材料公司", "储能科技公司", "宏厦建筑公司", "物业服务公司", "后勤服务中心", "国际贸易公司", "氢能公司",
           "智能装备公司", "环保分公司", "地质勘探队", "装备制造公司"]


def person(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def mobile(rng):
    return rng.choice(["135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "182", "183", "187", "188",
                       "130", "131", "132", "155", "156", "186", "133", "153", "180", "189", "199"]) + "%08d" % rng.randrange(10 ** 8)


def unit_name(rng, branch_id, used):
    while True:
        if branch_id == "HY01":
            name = "华阳新材料科技集团有限公司" + rng.choice(HUAYANG)
        else:
            place = PLACE[branch_id] if rng.random() < 0.55 else ("山西" if rng.random() < 0.4 else "")
            name = place + rng.choice(CORE) + rng.choice(CORE[:30] + [""] * 20) + rng.choice(INDUSTRY) + rng.choice(SUFFIX)
        if name not in used and len(name) <= 30:
            used.add(name)
            return name


def build():
    rng = random.Random(SEED)
    first, assess, cutoff = midx(*FIRST_MONTH), midx(*ASSESS), midx(*CUTOFF)

    cases = [c for c, n in CASES for _ in range(n)]
    total = sum(b[3] for b in BRANCHES)
    assert len(cases) == total, (len(cases), total)
    rng.shuffle(cases)

    units, remits = [], []
    used_names = set()
    ci = 0
    for branch_id, branch_name, division, count, acct_prefix in BRANCHES:
        institutions = list(INSTITUTIONS[branch_id])
        for n in range(1, count + 1):
            case = cases[ci]
            ci += 1
            is_inst = bool(institutions) and case in ("NORMAL", "BACKPAID") and rng.random() < 0.25
            if is_inst:
                name = institutions.pop(0)
                used_names.add(name)
                uscc = make_uscc(rng, "12", division)
            else:
                name = unit_name(rng, branch_id, used_names)
                uscc = make_uscc(rng, "91", division)
            account = acct_prefix + "%06d" % (n * 7 + rng.randrange(7))

            # size, wage and rates
            r = rng.random()
            if branch_id == "HY01":
                workers = rng.randint(180, 2600)
                wage0 = rng.randint(6200, 9200)
                er = ee = Decimal("0.12")
            elif is_inst:
                workers = rng.randint(60, 900)
                wage0 = rng.randint(5200, 8200)
                er = ee = Decimal("0.12")
            else:
                workers = rng.randint(3, 30) if r < 0.5 else rng.randint(31, 200) if r < 0.88 else rng.randint(201, 800)
                wage0 = rng.randint(2600, 4800) if workers <= 30 else rng.randint(3800, 7800)
                rr = rng.random()
                rate = "0.12" if rr < 0.38 else "0.10" if rr < 0.52 else "0.08" if rr < 0.68 else "0.05" if rr < 0.93 else "0.07"
                er = ee = Decimal(rate)
                if rng.random() < 0.06:
                    ee = Decimal("0.12") if er < Decimal("0.12") else Decimal("0.10")
            growth = [Decimal(1)]
            for _ in range(4):
                growth.append(growth[-1] * (Decimal(1) + Decimal(rng.randint(25, 60)) / Decimal(1000)))

            def per_worker(m):
                year_step = (m - midx(2023, 7)) // 12 + 1 if m >= midx(2023, 7) else 0
                wage = Decimal(wage0) * growth[year_step]
                return yuan(wage * er) + yuan(wage * ee)

            def due(m):
                return per_worker(m) * workers

            # opening date: the legacy units' accounts carry the month the ledger begins (see README)
            if case == "OPENING":
                opened = dt.date(2026, 3, rng.randint(2, 12))
            elif case == "NORMAL" and rng.random() < 0.14:
                opened = mdate(rng.randint(midx(2023, 3), midx(2025, 10)), rng.randint(1, 28))
            elif case in ("STOPPED_NEW", "ARREARS_NEW") and rng.random() < 0.3:
                opened = mdate(rng.randint(midx(2023, 4), midx(2024, 9)), rng.randint(1, 28))
            else:
                opened = dt.date(2023, 1, rng.randint(3, 28))
            open_m = midx(opened.year, opened.month)

            status = "HpfAcsNormal"
            sealed = None
            last_m = assess
            if case in ("SEALED_OK", "SEALED_DEBT", "CLOSED_OK", "CLOSED_DEBT"):
                sm = rng.randint(midx(2024, 3), midx(2025, 11))
                if case.endswith("DEBT"):
                    sm = rng.randint(midx(2024, 9), midx(2025, 10))
                sealed = mdate(sm, rng.randint(5, 26))
                status = "HpfAcsSealed" if case.startswith("SEALED") else "HpfAcsClosed"
                last_m = sm - 1
            if case == "DEFERRED":
                status = "HpfAcsDeferred"
            if case == "OPENING":
                status = "HpfAcsOpening"
            payday = rng.choice([5, 8, 10, 10, 15, 15, 15, 20, 25])

            # months paid in full (set) and special handling
            rows = {}   # (month, type) -> [due, paid, date]
            unpaid = set()
            under = {}
            backpay = {}

            def gap(lo, hi, length):
                s = rng.randint(lo, hi)
                return list(range(s, min(s + length, last_m + 1)))

            if case == "ARREARS_OLD":
                unpaid.update(gap(max(open_m, midx(2023, 5)), cutoff, rng.randint(2, 9)))
            elif case == "STOPPED_OLD":
                s = rng.randint(midx(2023, 8), cutoff)
                unpaid.update(range(s, last_m + 1))
                if rng.random() < 0.3:      # one isolated payment after stopping does not end the stop
                    unpaid.discard(rng.randint(s + 1, assess - STOP_K))
            elif case == "UNDERPAID_OLD":
                s = rng.randint(midx(2023, 6), cutoff)
                short = max(1, int(workers * rng.uniform(0.1, 0.4)))
                for m in range(s, last_m + 1):
                    under[m] = per_worker(m) * (workers - short)
            elif case == "PARTIAL_BACKPAID":
                g = gap(midx(2023, 6), midx(2024, 10), rng.randint(4, 8))
                unpaid.update(g)
                paid_back = g[:rng.randint(1, len(g) - 1)]
                bp_date = mdate(rng.randint(midx(2025, 3), midx(2025, 12)), rng.randint(3, 27))
                for m in paid_back:
                    backpay[m] = bp_date
            elif case == "BACKPAID":
                g = gap(midx(2023, 5), midx(2025, 2), rng.randint(2, 7))
                unpaid.update(g)
                bp_date = mdate(min(g[-1] + rng.randint(2, 9), assess), rng.randint(3, 27))
                for m in g:
                    backpay[m] = bp_date
            elif case in ("SEALED_DEBT", "CLOSED_DEBT"):
                unpaid.update(gap(midx(2023, 6), min(cutoff, last_m - 2), rng.randint(2, 6)))
            elif case == "STOPPED_NEW":
                unpaid.update(range(max(open_m, rng.randint(midx(2025, 4), midx(2025, 11))), last_m + 1))
            elif case == "ARREARS_NEW":
                unpaid.update(gap(max(open_m, cutoff + 2), midx(2025, 10), rng.randint(1, 4)))
            elif case == "UNDERPAID_NEW":
                s = rng.randint(cutoff + 3, midx(2025, 11))
                for m in range(s, last_m + 1):
                    under[m] = per_worker(m) * (workers - max(1, workers // 5))
            elif case == "DEFERRED":
                unpaid.update(range(rng.randint(midx(2025, 5), midx(2025, 9)), last_m + 1))

            late_payer = rng.random() < 0.15
            record_zero = rng.random() < 0.4     # some ledgers keep a due row with nothing paid
            for m in range(max(open_m, first), last_m + 1):
                d = due(m)
                if m in unpaid:
                    if record_zero and case not in ("STOPPED_OLD", "STOPPED_NEW", "DEFERRED"):
                        rows[(m, "01")] = [d, Decimal(0), None]
                else:
                    paid = under.get(m, d)
                    if late_payer and rng.random() < 0.3 and m < assess:
                        pdate = mdate(m + 1, rng.randint(3, 20))
                    else:
                        pdate = mdate(m, min(28, payday + rng.randint(1, 5)))
                    rows[(m, "01")] = [d, paid, pdate]
                if m in backpay:
                    rows[(m, "02")] = [d, d, backpay[m]]

            monthly_due = due(min(last_m, assess)) if last_m >= open_m else due(assess)
            legal = person(rng)
            agent = person(rng)
            unit = dict(unitId="U" + account, unitAccountNo=account, unitName=name, usccCode=uscc, branchId=branch_id,
                        branchName=branch_name, accountStatusEnumId=status, openedDate=opened, sealedClosedDate=sealed,
                        workerCount=workers, monthlyDueAmount=monthly_due, employerRate=er, employeeRate=ee,
                        legalRepName=legal, agentName=agent, agentMobile=mobile(rng), paydayOfMonth=payday, case=case)
            unit.update(screen(unit, rows, open_m, last_m, first, assess, cutoff))
            units.append(unit)
            for (m, t), (d, p, pdate) in sorted(rows.items()):
                remits.append(dict(account=account, unitId=unit["unitId"], month=m, type=t, due=d, paid=p, date=pdate))
    return units, remits


def screen(unit, rows, open_m, last_m, first, assess, cutoff):
    """The screening rule of DOMAIN.md, for the expected results and the unit's paid-through month."""
    if unit["accountStatusEnumId"] == "HpfAcsDeferred":
        outcome = "DEFERRED"
    else:
        outcome = None
    if open_m > assess or last_m < open_m:
        return dict(paidThroughMonth=mstr(open_m - 1), outcome=outcome or "NO_OBLIGATION", firstOwed="", owedMonths=0,
                    amountOwed=Decimal(0), arrearsType="")
    owed, amount, first_owed, paid_through = 0, Decimal(0), None, None
    paid_by_month = {}
    for m in range(open_m, last_m + 1):
        recs = [rows[(m, t)] for t in ("01", "02") if (m, t) in rows]
        d = max(r[0] for r in recs) if recs else unit["monthlyDueAmount"]
        p = sum(rows[(m, t)][1] for t in ("01", "02") if (m, t) in rows)
        paid_by_month[m] = p
        if p < d:
            owed += 1
            amount += d - p
            if first_owed is None:
                first_owed = m
    paid_through = last_m if first_owed is None else first_owed - 1
    stopped = (unit["accountStatusEnumId"] == "HpfAcsNormal" and last_m == assess and assess - STOP_K + 1 >= open_m
               and all(paid_by_month[m] == 0 for m in range(assess - STOP_K + 1, assess + 1)))
    kind = "STOPPED" if stopped else "ARREARS" if owed else ""
    if outcome is None:
        outcome = "CLEAR" if not kind else "TARGET" if first_owed <= cutoff else "NEW_ARREARS"
    return dict(paidThroughMonth=mstr(paid_through), outcome=outcome, firstOwed=mstr(first_owed) if first_owed else "",
                owedMonths=owed, amountOwed=amount, arrearsType=kind)


def xml_attr(v):
    return str(v).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def money(v):
    return "%.2f" % v


def rate(v):
    return str(v.normalize()) if v != v.to_integral() else str(v)


def write(root):
    units, remits = build()
    data = os.path.join(root, "data")
    export = os.path.join(root, "docs", "demo-export")
    os.makedirs(export, exist_ok=True)

    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Demo city of 阳泉: %d employer units. Generated by tools/demo/generate_demo_data.py '
              '(do not edit by hand); the same units are in docs/demo-export/units.csv. -->\n<entity-facade-xml type="demo">\n' % len(units))
    for u in units:
        out.write('    <hpf.compliance.EmployerUnit unitId="%s" unitAccountNo="%s" unitName="%s" usccCode="%s" branchId="%s" '
                  'accountStatusEnumId="%s" openedDate="%s"%s workerCount="%d" monthlyDueAmount="%s" employerRate="%s" '
                  'employeeRate="%s" paidThroughMonth="%s" legalRepName="%s" agentName="%s" agentMobile="%s" paydayOfMonth="%d"/>\n'
                  % (u["unitId"], u["unitAccountNo"], xml_attr(u["unitName"]), u["usccCode"], u["branchId"],
                     u["accountStatusEnumId"], u["openedDate"].isoformat(),
                     (' sealedClosedDate="%s"' % u["sealedClosedDate"].isoformat()) if u["sealedClosedDate"] else "",
                     u["workerCount"], money(u["monthlyDueAmount"]), rate(u["employerRate"]), rate(u["employeeRate"]),
                     u["paidThroughMonth"], u["legalRepName"], u["agentName"], u["agentMobile"], u["paydayOfMonth"]))
    out.write("</entity-facade-xml>\n")
    with open(os.path.join(data, "HpfZzbUnitDemoData.xml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())

    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Demo city of 阳泉: %d remittance rows (汇缴 HpfRtRegular, 补缴 HpfRtBackPay), %s .. %s. '
              'Generated by tools/demo/generate_demo_data.py (do not edit by hand). -->\n<entity-facade-xml type="demo">\n'
              % (len(remits), mstr(midx(*FIRST_MONTH)), mstr(midx(*ASSESS))))
    for r in remits:
        out.write('    <hpf.compliance.UnitRemittance unitId="%s" remitMonth="%s" remitTypeEnumId="%s" dueAmount="%s" paidAmount="%s"%s/>\n'
                  % (r["unitId"], mstr(r["month"]), "HpfRtRegular" if r["type"] == "01" else "HpfRtBackPay",
                     money(r["due"]), money(r["paid"]), (' paidDate="%s"' % r["date"].isoformat()) if r["date"] else ""))
    out.write("</entity-facade-xml>\n")
    with open(os.path.join(data, "HpfZzcRemittanceDemoData.xml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())

    status_label = {"HpfAcsNormal": "正常", "HpfAcsOpening": "开户", "HpfAcsDeferred": "缓缴", "HpfAcsClosed": "销户",
                    "HpfAcsSealed": "封存"}
    with open(os.path.join(export, "units.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["单位账号", "单位名称", "统一社会信用代码", "所属机构", "账户状态", "开户日期", "封存销户日期", "缴存人数",
                    "月应缴额", "单位缴存比例", "个人缴存比例"])
        for u in units:
            w.writerow([u["unitAccountNo"], u["unitName"], u["usccCode"], u["branchName"], status_label[u["accountStatusEnumId"]],
                        u["openedDate"].isoformat(), u["sealedClosedDate"].isoformat() if u["sealedClosedDate"] else "",
                        u["workerCount"], money(u["monthlyDueAmount"]), "%d%%" % (u["employerRate"] * 100),
                        "%d%%" % (u["employeeRate"] * 100)])
    with open(os.path.join(export, "remittances.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["单位账号", "缴存年月", "业务类型", "应缴金额", "实缴金额", "缴款日期"])
        for r in remits:
            w.writerow([r["account"], mstr(r["month"], ""), "汇缴" if r["type"] == "01" else "补缴", money(r["due"]),
                        money(r["paid"]), r["date"].isoformat() if r["date"] else ""])
    with open(os.path.join(export, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["单位账号", "所属机构", "生成情形", "筛查结果", "欠缴类型", "首次欠缴年月", "欠缴月数", "欠缴金额", "缴至年月"])
        for u in units:
            w.writerow([u["unitAccountNo"], u["branchName"], u["case"], u["outcome"], u["arrearsType"], u["firstOwed"],
                        u["owedMonths"], money(u["amountOwed"]), u["paidThroughMonth"]])
    return units, remits


if __name__ == "__main__":
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    units, remits = write(root)
    from collections import Counter
    print("units", len(units), "remittances", len(remits))
    print("outcomes", sorted(Counter(u["outcome"] + ":" + u["arrearsType"] for u in units).items()))
    print("targets by branch", sorted(Counter(u["branchId"] for u in units if u["outcome"] == "TARGET").items()))
    print("status", sorted(Counter(u["accountStatusEnumId"] for u in units).items()))
