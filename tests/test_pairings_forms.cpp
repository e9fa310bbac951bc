// The pairing form on the small database of pairings_fixture.h, filled as a user fills it: the
// parties offered by kind, editing a pairing from the list, every rule's message in the dialog
// (in both languages), and the form on the demo in both languages (the README's screenshots).

#include "pairings_fixture.h"

#include "demo/demo.h"
#include "domain/labels.h"
#include "pairings/pairingspage.h"
#include "records/rules.h"

#include <QApplication>
#include <QDir>
#include <QImage>

using namespace tongxin;
using namespace tongxin::testing;

class TestPairingsForms final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fx.initTestCase(); }
    void init() { m_fx.init(); }
    void cleanup() { m_fx.cleanup(); }

    void formOffersPartiesByKind();
    void formEditsExistingPairing();
    void formShowsEachRule();
    void formOnTheDemoInBothLanguages();

private:
    PairingsFixture m_fx;
};

void TestPairingsForms::formOffersPartiesByKind()
{
    RecordDialog d(m_fx.db.get(), PairingForms::pairing(), 0);
    QVERIFY(usertest::show(&d));
    QCOMPARE(d.values().value(QStringLiteral("kind")).toString(), QStringLiteral("community_village"));
    // Community ↔ village: eastern communities with their street and district; western villages
    // with town and unit, the poor ones marked.
    QVERIFY(lookup(d, "east_place_id")->isVisibleTo(&d));
    QVERIFY(!lookup(d, "east_org_id")->isVisibleTo(&d));
    QVERIFY(!lookup(d, "west_household_id")->isVisibleTo(&d));
    QCOMPARE(itemTexts(lookup(d, "east_place_id")),
        (QStringList {
            QStringLiteral("平山道社区（越秀路街道，河西区）"), QStringLiteral("友谊里社区（马场街道，河西区）") }));
    const QStringList villages = itemTexts(lookup(d, "west_place_id"));
    QCOMPARE(villages.size(), 4);
    QVERIFY(villages.contains(QStringLiteral("杨河村（南湖镇，庄浪县） · poor village")));
    QVERIFY(villages.contains(QStringLiteral("新庄村（崆峒镇，崆峒区）")));

    // Street ↔ town: the same columns offer streets and towns, and the old choice is gone.
    QVERIFY(usertest::chooseName(lookup(d, "east_place_id"), QStringLiteral("平山道")));
    QCOMPARE(d.values().value(QStringLiteral("east_place_id")).toLongLong(), 3);
    QVERIFY(chooseKind(d, "street_town"));
    QCOMPARE(itemTexts(lookup(d, "east_place_id")),
        (QStringList { QStringLiteral("越秀路街道（河西区）"), QStringLiteral("马场街道（河西区）"),
            QStringLiteral("学府街道（南开区）") }));
    QCOMPARE(itemTexts(lookup(d, "west_place_id")),
        (QStringList { QStringLiteral("南湖镇（庄浪县）"), QStringLiteral("崆峒镇（崆峒区）") }));
    QVERIFY(d.values().value(QStringLiteral("east_place_id")).isNull());

    // Schools: organisations of that kind on each side; the place columns are hidden and NULL.
    QVERIFY(usertest::chooseName(lookup(d, "east_place_id"), QStringLiteral("越秀路")));
    QCOMPARE(d.values().value(QStringLiteral("east_place_id")).toLongLong(), 2);
    QVERIFY(chooseKind(d, "school"));
    QVERIFY(!lookup(d, "east_place_id")->isVisibleTo(&d));
    QVERIFY(lookup(d, "east_org_id")->isVisibleTo(&d));
    QVERIFY(lookup(d, "west_org_id")->isVisibleTo(&d));
    QCOMPARE(itemTexts(lookup(d, "east_org_id")),
        (QStringList {
            QStringLiteral("南开中学（学府街道，南开区）"), QStringLiteral("天津一中（越秀路街道，河西区）") }));
    QCOMPARE(itemTexts(lookup(d, "west_org_id")),
        (QStringList { QStringLiteral("庄浪一中（庄浪县）"), QStringLiteral("崆峒一中（崆峒区）") }));
    QVERIFY(usertest::chooseName(lookup(d, "east_org_id"), QStringLiteral("天津一中")));
    QVERIFY(usertest::chooseName(lookup(d, "west_org_id"), QStringLiteral("崆峒一中")));
    QVariantMap v = d.values();
    QVERIFY(v.value(QStringLiteral("east_place_id")).isNull());
    QCOMPARE(v.value(QStringLiteral("east_org_id")).toLongLong(), 1);
    QCOMPARE(v.value(QStringLiteral("west_org_id")).toLongLong(), 5);
    QVERIFY(v.value(QStringLiteral("west_place_id")).isNull());

    // Hospitals, enterprises, the chamber, cadres and households.
    QVERIFY(chooseKind(d, "hospital"));
    QCOMPARE(itemTexts(lookup(d, "west_org_id")), QStringList { QStringLiteral("庄浪县医院（庄浪县）") });
    QVERIFY(itemTexts(lookup(d, "east_org_id")).isEmpty());
    QVERIFY(chooseKind(d, "enterprise_village"));
    QCOMPARE(itemTexts(lookup(d, "east_org_id")), QStringList { QStringLiteral("津丰食品公司（马场街道，河西区）") });
    QCOMPARE(itemTexts(lookup(d, "west_place_id")).size(), 4);
    QVERIFY(chooseKind(d, "chamber_village"));
    QCOMPARE(itemTexts(lookup(d, "east_org_id")), QStringList { QStringLiteral("河西区工商联（河西区）") });
    QVERIFY(chooseKind(d, "cadre_household"));
    QVERIFY(lookup(d, "east_person_id")->isVisibleTo(&d));
    QVERIFY(lookup(d, "west_household_id")->isVisibleTo(&d));
    QVERIFY(!lookup(d, "west_place_id")->isVisibleTo(&d));
    QCOMPARE(
        itemTexts(lookup(d, "east_person_id")), QStringList { QStringLiteral("张伟（河西区）") }); // no professional
    QCOMPARE(itemTexts(lookup(d, "west_household_id")),
        (QStringList {
            QStringLiteral("王强（杨河村，南湖镇，庄浪县）"), QStringLiteral("刘芳（大寨村，崆峒镇，崆峒区）") }));
    QVERIFY(usertest::fill(&d, QStringLiteral("east_person_id"), QStringLiteral("张伟")));
    QVERIFY(usertest::fill(&d, QStringLiteral("west_household_id"), QStringLiteral("刘芳")));
    v = d.values();
    for (const char *unused : { "east_place_id", "east_org_id", "west_place_id", "west_org_id" })
        QVERIFY2(v.value(QLatin1String(unused)).isNull(), unused);
    QCOMPARE(v.value(QStringLiteral("east_person_id")).toLongLong(), 1);
    QCOMPARE(v.value(QStringLiteral("west_household_id")).toLongLong(), 2);
    QVERIFY2(d.check().isEmpty(), qPrintable(d.check()));
}

void TestPairingsForms::formEditsExistingPairing()
{
    PairingsPage page;
    page.setDatabase(m_fx.db.get());
    QVERIFY(showPage(page));
    QVariantMap seen;
    bool typed = false;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        seen = d.values();
        typed = usertest::fill(&d, QStringLiteral("agreement_no"), QStringLiteral("河西携手〔2019〕009号"));
        usertest::clickSave(&d);
    }));
    QVERIFY(clickPairing(page.list(), 9));
    QCOMPARE(page.currentPairing(), 9);
    QVERIFY(usertest::clickAction(&page, page.actions()->editAction())); // Edit…
    QVERIFY(typed);
    QCOMPARE(seen.value(QStringLiteral("kind")).toString(), QStringLiteral("school"));
    QCOMPARE(seen.value(QStringLiteral("east_org_id")).toLongLong(), 6);
    QCOMPARE(seen.value(QStringLiteral("west_org_id")).toLongLong(), 2);
    QCOMPARE(seen.value(QStringLiteral("start_date")).toString(), QStringLiteral("2019-09-01"));
    QVERIFY(seen.value(QStringLiteral("end_date")).isNull());
    QCOMPARE(scalar(*m_fx.db,
                 QStringLiteral("SELECT count(*) FROM pairings WHERE id = 9 AND east_org_id = 6 AND "
                                "west_org_id = 2 AND agreement_no = '河西携手〔2019〕009号'")),
        1);
    QCOMPARE(page.currentPairing(), 9); // the saved row is selected
}

void TestPairingsForms::formShowsEachRule()
{
    struct Case
    {
        const char *name;
        std::function<bool(RecordDialog &)> fill; // true when every field took what was typed
        QString expected;
    };
    auto offer = [](RecordDialog &d, const char *column, qint64 id) {
        // A party the lookup offers though it does not fit (chosen before the data changed
        // elsewhere), picked by the user.
        LookupCombo *c = lookup(d, column);
        c->addItem(QStringLiteral("?"), id);
        return usertest::chooseName(c, QStringLiteral("?")) && c->currentId() == id;
    };
    auto fill = [](RecordDialog &d, const char *column, const char *text) {
        return usertest::fill(&d, QLatin1String(column), QString::fromUtf8(text));
    };
    const QVector<Case> cases = {
        { "no party", [](RecordDialog &d) { return chooseKind(d, "community_village"); },
            QStringLiteral("“Eastern party” is required.") },
        { "kind mismatch",
            [&](RecordDialog &d) {
                return chooseKind(d, "street_town") && offer(d, "east_place_id", 3) // a community
                    && fill(d, "west_place_id", "南湖镇");
            },
            QStringLiteral("The two parties do not fit a pairing of the kind “Street ↔ town”.") },
        { "same side",
            [&](RecordDialog &d) {
                return chooseKind(d, "community_village") && offer(d, "east_place_id", 13) // a western village
                    && fill(d, "west_place_id", "杨河村");
            },
            QStringLiteral(
                "A pairing links one eastern party with one western party; both cannot be on the same side.") },
        { "end before start",
            [&](RecordDialog &d) {
                return chooseKind(d, "community_village") && fill(d, "east_place_id", "平山道")
                    && fill(d, "west_place_id", "赵墩村") && fill(d, "start_date", "2020-05-01")
                    && fill(d, "end_date", "2019-05-01");
            },
            QStringLiteral("“End date” cannot be before “Start date”.") },
        { "ended without end date",
            [&](RecordDialog &d) {
                return chooseKind(d, "community_village") && fill(d, "east_place_id", "平山道")
                    && fill(d, "west_place_id", "赵墩村")
                    && usertest::clickItemFor(
                        usertest::editor<QComboBox>(&d, QStringLiteral("status")), QStringLiteral("ended"));
            },
            QStringLiteral("An ended pairing needs its end date.") },
        { "duplicate active",
            [&](RecordDialog &d) {
                return chooseKind(d, "community_village") && fill(d, "east_place_id", "平山道")
                    && fill(d, "west_place_id", "杨河村"); // pairing 2
            },
            QStringLiteral("These two parties already have an active pairing of the kind “Community ↔ village”.") },
    };
    PairingsPage page;
    page.setDatabase(m_fx.db.get());
    QVERIFY(showPage(page));
    for (const Case &c : cases) {
        QString shown;
        bool open = false;
        bool filled = false;
        RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
            filled = c.fill(d);
            usertest::clickSave(&d);
            shown = d.message();
            open = d.isVisible() || d.result() != QDialog::Accepted;
            usertest::clickCancel(&d);
        }));
        QVERIFY2(usertest::clickAction(&page, page.actions()->newAction()), c.name); // New…
        QVERIFY2(filled, c.name);
        QVERIFY2(open, c.name);
        QVERIFY2(scalar(*m_fx.db, QStringLiteral("SELECT count(*) FROM pairings")) == 9, c.name);
        QCOMPARE(shown, c.expected);
    }
    QCOMPARE(scalar(*m_fx.db, QStringLiteral("SELECT count(*) FROM pairings")), 9);
    QCOMPARE(undoStack()->count(), 0);
    // The rule itself also refuses an end before the start (the form checks the order first).
    QVariantMap reversed { { QStringLiteral("kind"), QStringLiteral("community_village") },
        { QStringLiteral("east_place_id"), 3 }, { QStringLiteral("west_place_id"), 13 },
        { QStringLiteral("start_date"), QStringLiteral("2020-05-01") },
        { QStringLiteral("end_date"), QStringLiteral("2019-05-01") },
        { QStringLiteral("status"), QStringLiteral("active") } };
    QCOMPARE(
        Rules::pairing(m_fx.db->db(), reversed, 0), QStringLiteral("The end date cannot be before the start date."));
    // An ended pairing of the same parties is no duplicate; the same edit of pairing 2 itself neither.
    reversed.insert(QStringLiteral("west_place_id"), 12);
    reversed.insert(QStringLiteral("end_date"), QVariant());
    QVERIFY(Rules::pairing(m_fx.db->db(), reversed, 2).isEmpty());

    // The messages are in the user's language.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QString shown;
    bool filled = false;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        filled = cases.at(1).fill(d);
        usertest::clickSave(&d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(usertest::clickAction(&page, page.actions()->newAction()));
    QVERIFY(filled);
    QCOMPARE(scalar(*m_fx.db, QStringLiteral("SELECT count(*) FROM pairings")), 9);
    QVERIFY2(!shown.isEmpty() && shown != cases.at(1).expected, qPrintable(shown));
    // The kind is named in Chinese (the sentence itself is translated by the lead's lupdate pass).
    QVERIFY2(
        shown.contains(Labels::text(Labels::Domain::PairingKind, QStringLiteral("street_town"))), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("街道")), qPrintable(shown));
}

// The form on the demo: a community ↔ village pairing offers only communities and villages,
// and its labels follow the language. With TONGXIN_SHOTS=DIR it also saves the form as
// DIR/pairing-form_<lang>.png (the README's screenshots).
void TestPairingsForms::formOnTheDemoInBothLanguages()
{
    QTemporaryDir dir;
    Database demo;
    QVERIFY(demo.create(dir.filePath(QStringLiteral("demo.db"))));
    QVERIFY(Demo::populate(demo));
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        QVERIFY(Language::apply(lang));
        QApplication::processEvents();
        RecordDialog d(&demo, PairingForms::pairing(), 0);
        d.resize(560, 420);
        QVERIFY(usertest::show(&d));
        QVERIFY(chooseKind(d, "community_village"));
        LookupCombo *east = lookup(d, "east_place_id");
        LookupCombo *west = lookup(d, "west_place_id");
        QVERIFY(east->isVisibleTo(&d) && west->isVisibleTo(&d));
        QVERIFY(!lookup(d, "east_org_id")->isVisibleTo(&d));
        QVERIFY(east->count() > 27 && west->count() > 27);
        // The first of each list, clicked in the list the arrow opens.
        QVERIFY(usertest::clickItem(east, 1));
        QVERIFY(usertest::clickItem(west, 1));
        QVERIFY(east->currentId() != 0 && west->currentId() != 0);
        QVERIFY(usertest::fill(&d, QStringLiteral("agreement_no"), QStringLiteral("河西协〔2018〕12号")));
        const QImage image = d.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(d.windowTitle(), QCoreApplication::translate("PairingForms", "New pairing"));
        const QString shots = qEnvironmentVariable("TONGXIN_SHOTS");
        if (!shots.isEmpty())
            image.save(QDir(shots).filePath(QStringLiteral("pairing-form_%1.png").arg(lang)));
        usertest::clickCancel(&d);
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestPairingsForms)
#include "test_pairings_forms.moc"
