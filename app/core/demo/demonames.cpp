// Names for the demo world: people, places and companies. The western units' real names
// appear here and only here (DOMAIN.md: places are data); the third unit is illustrative.

#include "demo/demogen.h"

namespace tongxin::demo::names {

namespace {

// Common surnames, most frequent first (the first ones are drawn more often).
const QStringList &surnames()
{
    static const QStringList list = QStringLiteral(
        "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 "
        "董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 "
        "邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 严 武 戴 孔 汤 柳 牛 景 雍 豆")
                                        .split(QLatin1Char(' '));
    return list;
}

const QStringList &maleChars()
{
    static const QStringList list = QStringLiteral(
        "伟 强 军 磊 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宁 龙 亮 林 峰 兵 东 海 文 晨 浩 宇 志 国 建 "
        "春 永 成 凯 健 俊 帆 彬 昊 博 立 新 庆 振 德 旭 光 毅 锋 川 瑞")
                                        .split(QLatin1Char(' '));
    return list;
}

const QStringList &femaleChars()
{
    static const QStringList list = QStringLiteral(
        "芳 娜 敏 静 丽 艳 娟 霞 燕 玲 英 萍 梅 琳 雪 慧 婷 洁 倩 颖 琴 蓉 佳 欣 悦 璐 丹 红 秀 兰 晶 媛 "
        "薇 莉 岚 雯 妍 馨 月 晓")
                                        .split(QLatin1Char(' '));
    return list;
}

// Given names typical of older rural household heads.
const QStringList &ruralMale()
{
    static const QStringList list = QStringLiteral(
        "建国 金龙 富贵 满仓 志强 保平 占海 文成 有福 根生 克俭 进财 双喜 拴牢 明亮 玉成 长生 福成 天佑 "
        "永祥 忠孝 万有 德胜 宝山 世荣 守仁 得才 存良 继红 正明 兴旺 学军 会平 彦平 小平 银虎 金虎 三娃")
                                        .split(QLatin1Char(' '));
    return list;
}

const QStringList &ruralFemale()
{
    static const QStringList list
        = QStringLiteral("玉兰 桂花 秀英 翠莲 春梅 凤英 淑珍 改兰 菊花 引弟 粉霞 桂英 兰芳 彩霞 巧云 转琴 爱琴 秀兰")
              .split(QLatin1Char(' '));
    return list;
}

struct Pinyin
{
    const char *name;
    const char *en;
};

// Hexi District's 14 streets (街道).
const Pinyin streets[] = {
    { "大营门街道", "Dayingmen Subdistrict" },
    { "下瓦房街道", "Xiawafang Subdistrict" },
    { "桃园街道", "Taoyuan Subdistrict" },
    { "挂甲寺街道", "Guajiasi Subdistrict" },
    { "马场街道", "Machang Subdistrict" },
    { "越秀路街道", "Yuexiulu Subdistrict" },
    { "友谊路街道", "Youyilu Subdistrict" },
    { "天塔街道", "Tianta Subdistrict" },
    { "尖山街道", "Jianshan Subdistrict" },
    { "陈塘庄街道", "Chentangzhuang Subdistrict" },
    { "柳林街道", "Liulin Subdistrict" },
    { "东海街道", "Donghai Subdistrict" },
    { "梅江街道", "Meijiang Subdistrict" },
    { "太湖路街道", "Taihulu Subdistrict" },
};

const Pinyin zhuanglang[] = {
    { "水洛镇", "Shuiluo Town" },
    { "南湖镇", "Nanhu Town" },
    { "朱店镇", "Zhudian Town" },
    { "万泉镇", "Wanquan Town" },
    { "韩店镇", "Handian Town" },
    { "阳川镇", "Yangchuan Town" },
    { "大庄镇", "Dazhuang Town" },
    { "通化镇", "Tonghua Town" },
    { "卧龙镇", "Wolong Town" },
    { "岳堡镇", "Yuebao Town" },
    { "柳梁镇", "Liuliang Town" },
    { "盘安镇", "Pan'an Town" },
    { "良邑镇", "Liangyi Town" },
    { "永宁镇", "Yongning Town" },
    { "南坪镇", "Nanping Town" },
    { "赵墩乡", "Zhaodun Township" },
    { "郑河乡", "Zhenghe Township" },
    { "杨河乡", "Yanghe Township" },
};

const Pinyin kongtong[] = {
    { "崆峒镇", "Kongtong Town" },
    { "白水镇", "Baishui Town" },
    { "草峰镇", "Caofeng Town" },
    { "安国镇", "Anguo Town" },
    { "四十里铺镇", "Sishilipu Town" },
    { "花所镇", "Huasuo Town" },
    { "索罗乡", "Suoluo Township" },
    { "香莲乡", "Xianglian Township" },
    { "西阳回族乡", "Xiyang Hui Township" },
    { "大秦回族乡", "Daqin Hui Township" },
    { "上杨回族乡", "Shangyang Hui Township" },
    { "寨河回族乡", "Zhaihe Hui Township" },
    { "麻武乡", "Mawu Township" },
    { "峡门回族乡", "Xiamen Hui Township" },
    { "大寨回族乡", "Dazhai Hui Township" },
    { "白庙回族乡", "Baimiao Hui Township" },
    { "青龙乡", "Qinglong Township" },
};

// The illustrative unit: obviously invented names.
const Pinyin sample[] = {
    { "示例甲镇", "Sample Town A" },
    { "示例乙镇", "Sample Town B" },
    { "示例丙镇", "Sample Town C" },
    { "示例丁镇", "Sample Town D" },
    { "示例戊乡", "Sample Township E" },
    { "示例己乡", "Sample Township F" },
    { "示例庚乡", "Sample Township G" },
    { "示例辛乡", "Sample Township H" },
};

template <size_t N> QStringList namesOf(const Pinyin (&list)[N])
{
    QStringList out;
    for (const Pinyin &p : list)
        out << QString::fromUtf8(p.name);
    return out;
}

template <size_t N> QString pinyinOf(const Pinyin (&list)[N], const QString &name)
{
    for (const Pinyin &p : list) {
        if (name == QString::fromUtf8(p.name))
            return QString::fromUtf8(p.en);
    }
    return QString();
}

} // namespace

QString person(Rng &rng, bool female, bool rural)
{
    const QStringList &sn = surnames();
    // Favour the frequent surnames: the square of a uniform draw leans to the front of the list.
    const int s = int(rng.skew(0, double(sn.size())));
    QString name = sn.at(qBound(0, s, int(sn.size()) - 1));
    if (rural) {
        name += rng.pick(female ? ruralFemale() : ruralMale());
        return name;
    }
    const QStringList &chars = female ? femaleChars() : maleChars();
    name += rng.pick(chars);
    if (rng.chance(0.7))
        name += rng.pick(chars);
    return name;
}

QStringList streetNames()
{
    return namesOf(streets);
}

QString streetPinyin(const QString &street)
{
    return pinyinOf(streets, street);
}

QStringList townNames(int county)
{
    switch (county) {
    case 0:
        return namesOf(zhuanglang);
    case 1:
        return namesOf(kongtong);
    default:
        return namesOf(sample);
    }
}

QString townPinyin(int county, const QString &town)
{
    switch (county) {
    case 0:
        return pinyinOf(zhuanglang, town);
    case 1:
        return pinyinOf(kongtong, town);
    default:
        return pinyinOf(sample, town);
    }
}

QString village(Rng &rng, QSet<QString> &taken)
{
    // Loess-plateau village names: a family or landscape word and a landform (王湾, 杨家沟, 石咀 …).
    static const QStringList heads
        = QStringLiteral("王 杨 李 张 刘 陈 赵 马 苏 柳 韩 何 郭 朱 吴 徐 魏 高 梁 冯 曹 贾 石 牛 白 田 姚 孟 景 雍 "
                         "上 下 东 西 南 北 前 后 中 新 老 大 小 高 红 青 黄 沙 杏 桃 梨 枣 榆 柏 松 槐 泉 水 河 峡 川")
              .split(QLatin1Char(' '));
    static const QStringList tails = QStringLiteral(
        "家 湾 沟 坪 庄 塬 岔 川 峡 山 河 咀 岘 洼 堡 寨 台 梁 峁 堡子 家沟 家湾 家庄 家河 家峡 家岔 家坪")
                                         .split(QLatin1Char(' '));
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QString n = rng.pick(heads) + rng.pick(tails) + QStringLiteral("村");
        if (!taken.contains(n)) {
            taken.insert(n);
            return n;
        }
    }
    const QString n = QStringLiteral("第%1村").arg(taken.size() + 1);
    taken.insert(n);
    return n;
}

QString community(Rng &rng, QSet<QString> &taken)
{
    static const QStringList heads = QStringLiteral(
        "永安 福建 平江 宾水 南湖 绿水 紫金 金城 瑞海 友谊 嘉华 谊景 汇金 景兴 天山 梅林 怡海 龙都 新会 洞庭 "
        "珠江 黄山 彩丰 春华 环湖 富裕 复兴 柳江 红星 枫林 光华 陈塘 浯水 微山 围堤 郁江 解放 泰山 琼州 湘江 "
        "利民 佟楼 三水 宁波 吴家窑 尖山 土城 挂甲 桃园 瓦房 广东 大沽 小海地 九连山 美福 环岛 泗水 隆昌 谊城 越秀")
                                         .split(QLatin1Char(' '));
    static const QStringList tails
        = QStringLiteral("里 园 苑 北里 南里 花园 家园 新村 东里 西里").split(QLatin1Char(' '));
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QString n = rng.pick(heads) + rng.pick(tails) + QStringLiteral("社区");
        if (!taken.contains(n)) {
            taken.insert(n);
            return n;
        }
    }
    const QString n = QStringLiteral("第%1社区").arg(taken.size() + 1);
    taken.insert(n);
    return n;
}

QString company(Rng &rng, QSet<QString> &taken)
{
    static const QStringList first = QStringLiteral(
        "华 鑫 泰 恒 瑞 信 德 润 海 津 盛 宏 隆 安 通 达 丰 源 博 远 金 嘉 凯 诚 和 新 茂 天 宇 兴 正 益 合 "
        "佳 明 永 联 创 汇 祥")
                                         .split(QLatin1Char(' '));
    static const QStringList second = QStringLiteral(
        "鑫 泰 辉 达 祥 润 远 盛 源 丰 诚 信 瑞 邦 宇 通 凯 成 海 和 昌 发 顺 利 德 华 晟 铭 腾 峰 旺 悦")
                                          .split(QLatin1Char(' '));
    static const QStringList trades = QStringLiteral(
        "商贸 科技 建筑工程 物业管理 餐饮管理 医药 文化传媒 物流 电子 机械设备 环保科技 食品 装饰工程 信息技术 "
        "教育咨询 房地产开发 汽车销售 服装 印刷 酒店管理 家政服务 电气 新材料 农业科技 生物科技 贸易")
                                          .split(QLatin1Char(' '));
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QString brand = rng.pick(first) + rng.pick(second);
        if (brand.at(0) == brand.at(1))
            continue;
        const QString prefix = rng.chance(0.55) ? QStringLiteral("天津市") : QStringLiteral("天津");
        QString n = prefix + brand + rng.pick(trades) + QStringLiteral("有限公司");
        // One brand per company: two firms called 天津华鑫… would confuse the demo.
        if (!taken.contains(brand)) {
            taken.insert(brand);
            return n;
        }
    }
    return QStringLiteral("天津第%1有限公司").arg(taken.size() + 1);
}

QString maskedPhone(Rng &rng)
{
    static const QStringList prefixes
        = QStringLiteral("138 139 136 137 135 150 151 152 158 159 186 187 189 133 153 177").split(QLatin1Char(' '));
    return QStringLiteral("%1****%2").arg(rng.pick(prefixes)).arg(rng.range(0, 9999), 4, 10, QLatin1Char('0'));
}

} // namespace tongxin::demo::names
