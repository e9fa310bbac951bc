// Every record form of the app, used as a user uses it, on the demo database (issue #10): fill
// the required fields through their editors and click Save (or press Enter) and the row is in the
// database; leave a required field empty and Save shows the message in the form, keeps the form
// open with what was typed and writes nothing; Cancel and Esc close it and write nothing; on a
// 1280×800 screen every form opens showing all its fields, with no scroll bar. Also a
// bad amount and a payment above the project's budget refused in the form, the payment form's
// project, budget, paid and remaining, a form opened by the page's real "New…" button, and the
// buttons of the hand-made dialogs.

#include "areas_fixture.h"
#include "common/userdriver.h"

#include "funds/allocationsdialog.h"
#include "funds/fundsquery.h"
#include "industry/industrypage.h"
#include "labour/labourpage.h"
#include "money/money.h"
#include "organisation/organisationpage.h"
#include "pairings/endpairingdialog.h"
#include "records/recorddialog.h"
#include "registries/registriespage.h"
#include "registers/consumption.h"
#include "registers/events.h"
#include "registers/funds.h"
#include "registers/pairings.h"
#include "registers/registries.h"
#include "reports/targetsdialog.h"
#include "social/socialpage.h"
#include "talent/talentpage.h"
#include "widgets/listview.h"

#include <QCryptographicHash>
#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QToolButton>

using namespace tongxin;
using areastest::scalar;

namespace {

/// What a user types into one field: text, a number, an amount, an ISO date, a code's shown text
/// or part of a name to pick. Skipped when the field is not shown (e.g. a target's other value).
struct Input
{
    QString column;
    QString text;
};

struct FormCase
{
    const char *name;
    /// The form, for the demo database (a payment needs its project).
    std::function<FormSpec(const QSqlDatabase &db)> spec;
    /// What a user types, in order, to make a valid record.
    std::function<QVector<Input>(const QSqlDatabase &db)> inputs;
    /// A required field left empty in the refused attempt.
    QString leftEmpty;
    /// Save with Enter (in the last one-line field typed) instead of a click.
    bool enter = false;
};

QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

qint64 projectWithRoom(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT p.id FROM projects p WHERE p.budget_fen - (SELECT ifnull(sum(amount_fen), 0) "
                                     "FROM project_payments WHERE project_id = p.id) >= 100000 ORDER BY p.id LIMIT 1"));
}

QVector<FormCase> cases()
{
    using V = QVector<Input>;
    auto spec = [](FormSpec (*make)()) { return [make](const QSqlDatabase &) { return make(); }; };
    auto area = [](AreaTabSpec (*make)()) { return [make](const QSqlDatabase &) { return make().form; }; };
    return {
        { "place", spec(&RegistryForms::place),
            [](const QSqlDatabase &) { return V { { "parent_id", "南湖镇" }, { "name", "表单测试村" } }; }, "name",
            true },
        { "organisation", spec(&RegistryForms::organisation),
            [](const QSqlDatabase &) { return V { { "name", "表单测试学校" } }; }, "name" },
        { "person", spec(&RegistryForms::person),
            [](const QSqlDatabase &) { return V { { "name", "Form Test Person" }, { "phone", "12345" } }; }, "name",
            true },
        { "household", spec(&RegistryForms::household),
            [](const QSqlDatabase &db) {
                return V { { "village_id", text(db, "SELECT name FROM places WHERE level = 'village' ORDER BY id LIMIT 1") },
                    { "head_name", "表单户主" }, { "members", "3" }, { "registered_year", "2016" } };
            },
            "village_id" },
        { "pairing", spec(&PairingForms::pairing),
            [](const QSqlDatabase &db) {
                return V { { "east_place_id",
                               text(db, "SELECT name FROM places WHERE level = 'community' ORDER BY id LIMIT 1") },
                    { "west_place_id",
                        text(db, "SELECT name FROM places v WHERE level = 'village' AND NOT EXISTS (SELECT 1 FROM "
                                 "pairings WHERE west_place_id = v.id) AND (SELECT count(*) FROM places w WHERE "
                                 "w.name = v.name) = 1 ORDER BY id LIMIT 1") },
                    { "start_date", "2020-05-06" } };
            },
            "west_place_id" },
        { "allocation", spec(&FundsForms::allocation),
            [](const QSqlDatabase &) { return V { { "county_id", "庄浪" }, { "year", "2021" }, { "amount_fen", "12345.67" } }; },
            "amount_fen", true },
        { "project", spec(&FundsForms::project),
            [](const QSqlDatabase &) {
                return V { { "name", "表单测试项目" }, { "year", "2020" }, { "county_id", "庄浪" }, { "budget_fen", "50000" } };
            },
            "name" },
        { "payment", [](const QSqlDatabase &db) { return FundsForms::payment(projectWithRoom(db)); },
            [](const QSqlDatabase &) { return V { { "pay_date", "2020-06-01" }, { "amount_fen", "100" } }; }, "amount_fen",
            true },
        { "update", [](const QSqlDatabase &db) { return FundsForms::update(projectWithRoom(db)); },
            [](const QSqlDatabase &) { return V { { "update_date", "2020-06-02" }, { "text", "表单测试进展" } }; }, "text" },
        { "outlet", spec(&ConsumptionForms::outlet),
            [](const QSqlDatabase &) { return V { { "name", "表单测试网点" } }; }, "name" },
        { "sale", spec(&ConsumptionForms::sale),
            [](const QSqlDatabase &) {
                return V { { "sale_date", "2020-06-03" }, { "county_id", "庄浪" }, { "product", "表单测试苹果" },
                    { "amount_fen", "88" } };
            },
            "product" },
        { "event", spec(&EventsForms::eventForm),
            [](const QSqlDatabase &) {
                return V { { "name", "表单测试活动" }, { "start_date", "2021-03-01" }, { "end_date", "2021-03-02" } };
            },
            "name" },
        { "session", spec(&EventsForms::sessionForm),
            [](const QSqlDatabase &db) {
                return V { { "event_id", text(db, "SELECT name FROM events ORDER BY id LIMIT 1") },
                    { "session_date", text(db, "SELECT start_date FROM events ORDER BY id LIMIT 1") },
                    { "sales_fen", "99" } };
            },
            "event_id" },
        { "talent", spec(&EventsForms::talentForm),
            [](const QSqlDatabase &) {
                return V { { "name", "表单测试达人" }, { "county_id", "庄浪" }, { "trained_date", "2020-06-04" } };
            },
            "name" },
        { "target", spec(&TargetsDialog::form),
            [](const QSqlDatabase &) {
                return V { { "county_id", "庄浪" }, { "year", "2031" }, { "value_money", "1000" }, { "value_count", "7" } };
            },
            "county_id" },
        { "secondment", area(&TalentPage::secondmentsSpec),
            [](const QSqlDatabase &db) {
                return V { { "person_id",
                               text(db, "SELECT name FROM people p WHERE side = 'east' AND role = 'cadre' AND NOT EXISTS "
                                        "(SELECT 1 FROM secondments WHERE person_id = p.id) AND (SELECT count(*) FROM "
                                        "people q WHERE q.name = p.name) = 1 ORDER BY id LIMIT 1") },
                    { "county_id", "庄浪" }, { "start_date", "2020-07-01" } };
            },
            "person_id" },
        { "dispatch", area(&TalentPage::dispatchesSpec),
            [](const QSqlDatabase &db) {
                return V { { "person_id",
                               text(db, "SELECT name FROM people WHERE side = 'east' AND role = 'professional' "
                                        "ORDER BY id LIMIT 1") },
                    { "county_id", "庄浪" }, { "start_date", "2020-07-02" } };
            },
            "person_id" },
        { "training", area(&TalentPage::trainingsSpec),
            [](const QSqlDatabase &) {
                return V { { "title", "表单测试培训" }, { "train_date", "2020-07-03" }, { "person_times", "25" } };
            },
            "title" },
        { "visitors", area(&TalentPage::visitorsSpec),
            [](const QSqlDatabase &) { return V { { "county_id", "庄浪" }, { "start_date", "2020-07-04" }, { "persons", "6" } }; },
            "county_id" },
        { "placement", area(&LabourPage::placementsSpec),
            [](const QSqlDatabase &) { return V { { "county_id", "庄浪" }, { "year", "2020" }, { "persons", "12" } }; },
            "county_id" },
        { "settlement", area(&IndustryPage::settlementsSpec),
            [](const QSqlDatabase &db) {
                return V { { "org_id",
                               text(db, "SELECT name FROM organisations o WHERE side = 'east' AND kind = 'enterprise' "
                                        "AND (SELECT count(*) FROM organisations p WHERE p.name = o.name) = 1 "
                                        "ORDER BY id LIMIT 1") },
                    { "county_id", "庄浪" }, { "year", "2020" }, { "investment_fen", "300000" } };
            },
            "org_id" },
        { "donation",
            [](const QSqlDatabase &) { return SocialPage::donationsSpec({}).form; },
            [](const QSqlDatabase &) {
                return V { { "donation_date", "2020-07-05" }, { "donor_name", "表单测试企业" }, { "county_id", "庄浪" },
                    { "cash_fen", "5000" } };
            },
            "county_id" },
        { "working group", area(&OrganisationPage::workingGroupsSpec),
            [](const QSqlDatabase &) { return V { { "name", "表单测试工作组" }, { "established_date", "2020-07-06" } }; },
            "name" },
        { "visit", area(&OrganisationPage::visitsSpec),
            [](const QSqlDatabase &) { return V { { "county_id", "庄浪" }, { "start_date", "2020-07-07" } }; }, "county_id" },
        { "meeting", area(&OrganisationPage::meetingsSpec),
            [](const QSqlDatabase &) { return V { { "meeting_date", "2020-07-08" }, { "title", "表单测试会议" } }; },
            "title", true },
    };
}

/// Every row of a table, hashed: equal before and after means nothing was written.
QByteArray dump(const QSqlDatabase &db, const QString &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return QByteArrayLiteral("error");
    qint64 rows = 0;
    while (q.next()) {
        ++rows;
        for (int i = 0; i < q.record().count(); ++i)
            hash.addData(q.value(i).toString().toUtf8() + '\x1f');
        hash.addData("\x1e");
    }
    return QByteArray::number(rows) + ':' + hash.result().toHex();
}

/// Types the inputs into the form's editors; the first one not taken, or empty.
QString fillIn(RecordDialog &form, const QVector<Input> &inputs, const QString &skip = {})
{
    for (const Input &in : inputs) {
        if (in.column == skip)
            continue;
        QWidget *editor = form.editor(in.column);
        if (!editor)
            return in.column + QStringLiteral(" (no editor)");
        if (!editor->isVisible())
            continue;
        if (!usertest::fill(&form, in.column, in.text))
            return in.column + QStringLiteral(" ← ") + in.text;
    }
    return {};
}

/// The last one-line editor typed into, for pressing Enter.
QWidget *lastLineEdit(RecordDialog &form, const QVector<Input> &inputs)
{
    for (auto it = inputs.crbegin(); it != inputs.crend(); ++it) {
        if (auto *e = qobject_cast<QLineEdit *>(form.editor(it->column)); e && e->isVisible())
            return e;
    }
    return nullptr;
}

} // namespace

class TestFormsUser final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.copy()); }
    void cleanup() { m_f.tearDown(); }

    void everyFormSaves_data();
    void everyFormSaves();
    void everyFormRefusesAnEmptyRequiredField_data() { everyFormSaves_data(); }
    void everyFormRefusesAnEmptyRequiredField();
    void everyFormCancels_data() { everyFormSaves_data(); }
    void everyFormCancels();
    void everyFormOpensWhole_data() { everyFormSaves_data(); }
    void everyFormOpensWhole();
    void badAmountIsRefusedInTheForm();
    void pickingANameWithEnterDoesNotSave();
    void paymentFormShowsItsProjectAndRefusesAboveBudget();
    void newButtonOfThePageOpensTheForm();
    void handMadeDialogsClose();

private:
    areastest::Fixture m_f;
};

void TestFormsUser::everyFormSaves_data()
{
    QTest::addColumn<int>("index");
    const QVector<FormCase> all = cases();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).name) << i;
}

void TestFormsUser::everyFormSaves()
{
    QFETCH(int, index);
    const FormCase c = cases().at(index);
    const QSqlDatabase db = m_f.db->db();
    const FormSpec spec = c.spec(db);
    const qint64 rowsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(spec.table));
    const qint64 maxBefore = scalar(db, QStringLiteral("SELECT ifnull(max(id), 0) FROM %1").arg(spec.table));
    RecordDialog form(m_f.db.get(), spec, 0);
    QVERIFY(usertest::show(&form));
    const QVector<Input> inputs = c.inputs(db);
    const QString notTaken = fillIn(form, inputs);
    QVERIFY2(notTaken.isEmpty(), qPrintable(notTaken));
    if (c.enter) {
        QWidget *line = lastLineEdit(form, inputs);
        QVERIFY(line);
        usertest::press(line, Qt::Key_Return);
    } else {
        QVERIFY(usertest::clickSave(&form));
    }
    QVERIFY2(!form.isVisible(), qPrintable(form.message()));
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(spec.table)), rowsBefore + 1);
    const qint64 id = scalar(db, QStringLiteral("SELECT max(id) FROM %1").arg(spec.table));
    QVERIFY(id > maxBefore);
    // What was typed is what was stored (texts as typed, amounts in fen).
    for (const Input &in : inputs) {
        const FormField *f = spec.field(in.column);
        if (!f || !form.editor(in.column)->isVisibleTo(&form) || !db.record(spec.table).contains(in.column))
            continue;
        const QString stored = text(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = %3").arg(in.column, spec.table).arg(id));
        if (f->kind == FormField::Kind::Text || f->kind == FormField::Kind::MultiLine || f->kind == FormField::Kind::Date
            || f->kind == FormField::Kind::Integer || f->kind == FormField::Kind::Year)
            QCOMPARE(stored, in.text);
        else if (f->kind == FormField::Kind::Money) {
            qint64 fen = 0;
            QVERIFY(Money::parseYuan(in.text, &fen));
            QCOMPARE(stored.toLongLong(), fen);
        } else if (f->kind == FormField::Kind::Lookup)
            QVERIFY2(stored.toLongLong() > 0, qPrintable(in.column));
    }
}

void TestFormsUser::everyFormRefusesAnEmptyRequiredField()
{
    QFETCH(int, index);
    const FormCase c = cases().at(index);
    const QSqlDatabase db = m_f.db->db();
    const FormSpec spec = c.spec(db);
    const QByteArray before = dump(db, spec.table);
    RecordDialog form(m_f.db.get(), spec, 0);
    QVERIFY(usertest::show(&form));
    const QVector<Input> inputs = c.inputs(db);
    const QString notTaken = fillIn(form, inputs, c.leftEmpty);
    QVERIFY2(notTaken.isEmpty(), qPrintable(notTaken));
    QVERIFY(usertest::clickSave(&form));
    QVERIFY(form.isVisible());
    const QString label = QCoreApplication::translate(spec.context, spec.field(c.leftEmpty)->label);
    QVERIFY2(form.message().contains(label), qPrintable(form.message()));
    QVERIFY(form.findChild<QLabel *>(QStringLiteral("message"))->isVisible());
    QCOMPARE(dump(db, spec.table), before);
    // What was typed is still there.
    for (const Input &in : inputs) {
        if (in.column == c.leftEmpty || !form.editor(in.column)->isVisible())
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(form.editor(in.column)))
            QVERIFY2(line->text().contains(in.text.section(QLatin1Char('.'), 0, 0)), qPrintable(in.column));
    }
    QVERIFY(usertest::clickCancel(&form));
    QVERIFY(!form.isVisible());
    QCOMPARE(dump(db, spec.table), before);
}

void TestFormsUser::everyFormCancels()
{
    QFETCH(int, index);
    const FormCase c = cases().at(index);
    const QSqlDatabase db = m_f.db->db();
    const FormSpec spec = c.spec(db);
    const QByteArray before = dump(db, spec.table);
    const QVector<Input> inputs = c.inputs(db);
    {
        RecordDialog form(m_f.db.get(), spec, 0);
        QVERIFY(usertest::show(&form));
        QVERIFY(fillIn(form, inputs).isEmpty());
        QVERIFY(usertest::clickCancel(&form));
        QVERIFY(!form.isVisible());
        QCOMPARE(form.result(), int(QDialog::Rejected));
    }
    QCOMPARE(dump(db, spec.table), before);
    {
        RecordDialog form(m_f.db.get(), spec, 0);
        QVERIFY(usertest::show(&form));
        QVERIFY(fillIn(form, inputs).isEmpty());
        usertest::pressEscape(&form);
        QVERIFY(!form.isVisible());
        QCOMPARE(form.result(), int(QDialog::Rejected));
    }
    QCOMPARE(dump(db, spec.table), before);
}

// Found by a new user: the new-settlement form opened with a scroll bar, its notes cut off.
// On a 1280×800 screen every form opens showing all its fields, and on the screen.
void TestFormsUser::everyFormOpensWhole()
{
    QFETCH(int, index);
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen && screen->availableGeometry().height() >= 800);
    const FormCase c = cases().at(index);
    RecordDialog form(m_f.db.get(), c.spec(m_f.db->db()), 0);
    form.resize(400, 200); // as small as a saved geometry may be
    QVERIFY(usertest::show(&form));
    auto *scroll = form.findChild<QScrollArea *>(QStringLiteral("scroll"));
    QVERIFY(scroll);
    QVERIFY2(!scroll->verticalScrollBar()->isVisible(),
        qPrintable(QStringLiteral("%1 < %2").arg(scroll->viewport()->height()).arg(scroll->widget()->sizeHint().height())));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(screen->availableGeometry().contains(form.frameGeometry()));
}

void TestFormsUser::badAmountIsRefusedInTheForm()
{
    const QSqlDatabase db = m_f.db->db();
    const QByteArray before = dump(db, QStringLiteral("fund_allocations"));
    RecordDialog form(m_f.db.get(), FundsForms::allocation(), 0);
    QVERIFY(usertest::show(&form));
    QVERIFY(usertest::fill(&form, QStringLiteral("county_id"), QStringLiteral("庄浪")));
    // The editor takes digits, separators and a point; "1.2.3" stops at "1.23": type a sum with
    // a lone point instead, which is no amount.
    QVERIFY(usertest::fill(&form, QStringLiteral("amount_fen"), QStringLiteral(".")));
    QVERIFY(usertest::clickSave(&form));
    QVERIFY(form.isVisible());
    QVERIFY2(form.message().contains(QStringLiteral("not an amount")) || form.message().contains(QStringLiteral("required")),
             qPrintable(form.message()));
    QCOMPARE(form.editor(QStringLiteral("amount_fen"))->property("text").toString(), QStringLiteral("."));
    QCOMPARE(dump(db, QStringLiteral("fund_allocations")), before);
    // Corrected, the same form saves.
    QVERIFY(usertest::fill(&form, QStringLiteral("amount_fen"), QStringLiteral("2,000.50")));
    QVERIFY(usertest::clickSave(&form));
    QVERIFY2(!form.isVisible(), qPrintable(form.message()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT amount_fen FROM fund_allocations ORDER BY id DESC LIMIT 1")), 200050);
}

void TestFormsUser::pickingANameWithEnterDoesNotSave()
{
    // Return in the list of names picks the name; only the next Enter saves the form.
    const QSqlDatabase db = m_f.db->db();
    const QByteArray before = dump(db, QStringLiteral("fund_allocations"));
    RecordDialog form(m_f.db.get(), FundsForms::allocation(), 0);
    QVERIFY(usertest::show(&form));
    QVERIFY(usertest::fill(&form, QStringLiteral("amount_fen"), QStringLiteral("300")));
    QVERIFY(usertest::fill(&form, QStringLiteral("county_id"), QStringLiteral("崆峒")));
    QVERIFY(form.isVisible());
    QCOMPARE(dump(db, QStringLiteral("fund_allocations")), before);
    usertest::press(form.editor(QStringLiteral("amount_fen")), Qt::Key_Return);
    QVERIFY2(!form.isVisible(), qPrintable(form.message()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT amount_fen FROM fund_allocations ORDER BY id DESC LIMIT 1")), 30000);
}

void TestFormsUser::paymentFormShowsItsProjectAndRefusesAboveBudget()
{
    const QSqlDatabase db = m_f.db->db();
    const qint64 project = projectWithRoom(db);
    QVERIFY(project > 0);
    const qint64 budget = scalar(db, QStringLiteral("SELECT budget_fen FROM projects WHERE id = %1").arg(project));
    const qint64 paid = FundsQuery::paidOfProject(db, project);
    const QString name = text(db, QStringLiteral("SELECT name FROM projects WHERE id = %1").arg(project));
    const QByteArray before = dump(db, QStringLiteral("project_payments"));

    RecordDialog form(m_f.db.get(), FundsForms::payment(project), 0);
    QVERIFY(usertest::show(&form));
    auto *header = form.findChild<QLabel *>(QStringLiteral("formHeader"));
    QVERIFY(header && header->isVisible());
    QVERIFY2(header->text().contains(name), qPrintable(header->text()));
    QVERIFY2(header->text().contains(Money::format(budget)), qPrintable(header->text()));
    QVERIFY2(header->text().contains(Money::format(paid)), qPrintable(header->text()));
    QVERIFY2(header->text().contains(Money::format(budget - paid)), qPrintable(header->text()));

    // One fen more than what is left: refused with the amounts, the form stays with the amount.
    const QString tooMuch = Money::yuan(budget - paid + 1);
    QVERIFY(usertest::fill(&form, QStringLiteral("amount_fen"), tooMuch));
    QVERIFY(usertest::clickSave(&form));
    QVERIFY(form.isVisible());
    QVERIFY2(form.message().contains(QStringLiteral("over its budget")), qPrintable(form.message()));
    QCOMPARE(form.editor(QStringLiteral("amount_fen"))->property("text").toString(), tooMuch);
    QCOMPARE(dump(db, QStringLiteral("project_payments")), before);

    // Exactly what is left is paid; the next form shows nothing remaining.
    QVERIFY(usertest::fill(&form, QStringLiteral("amount_fen"), Money::yuan(budget - paid)));
    QVERIFY(usertest::clickSave(&form));
    QVERIFY2(!form.isVisible(), qPrintable(form.message()));
    QCOMPARE(FundsQuery::paidOfProject(db, project), budget);
    RecordDialog next(m_f.db.get(), FundsForms::payment(project), 0);
    QVERIFY(next.headerText().contains(Money::format(0)));
}

void TestFormsUser::newButtonOfThePageOpensTheForm()
{
    RegistriesPage page;
    page.setDatabase(m_f.db.get());
    page.show();
    const QSqlDatabase db = m_f.db->db();
    const qint64 before = scalar(db, QStringLiteral("SELECT count(*) FROM people"));
    ListView *list = page.list(RegistriesPage::People);
    QToolButton *newButton = nullptr;
    for (QToolButton *b : list->findChildren<QToolButton *>()) {
        if (b->defaultAction() && b->defaultAction()->objectName() == QLatin1String("new_people"))
            newButton = b;
    }
    QVERIFY(newButton);
    // Refused first (no name), then typed and saved, all in the modal form the button opened.
    QString refused;
    auto ran = usertest::whenForm([&](RecordDialog &form) {
        QVERIFY(usertest::clickSave(&form));
        refused = form.message();
        QVERIFY(form.isVisible());
        QVERIFY(usertest::fill(&form, QStringLiteral("name"), QStringLiteral("新按钮测试人")));
        QVERIFY(usertest::clickSave(&form));
    });
    QTest::mouseClick(newButton, Qt::LeftButton);
    QVERIFY(*ran);
    QVERIFY2(refused.contains(QStringLiteral("required")), qPrintable(refused));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people")), before + 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people WHERE name = '新按钮测试人'")), 1);

    // Cancel in the form the button opens: nothing written.
    ran = usertest::whenForm([&](RecordDialog &form) {
        QVERIFY(usertest::fill(&form, QStringLiteral("name"), QStringLiteral("不保存的人")));
        QVERIFY(usertest::clickCancel(&form));
    });
    QTest::mouseClick(newButton, Qt::LeftButton);
    QVERIFY(*ran);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people")), before + 1);
}

void TestFormsUser::handMadeDialogsClose()
{
    // Every button of the dialogs built in code is connected: Close closes them.
    {
        AllocationsDialog dialog(m_f.db.get());
        QVERIFY(usertest::show(&dialog));
        QVERIFY(usertest::clickCancel(&dialog));
        QVERIFY(!dialog.isVisible());
    }
    {
        TargetsDialog dialog(m_f.db.get());
        QVERIFY(usertest::show(&dialog));
        QVERIFY(usertest::clickCancel(&dialog));
        QVERIFY(!dialog.isVisible());
    }
    {
        EndPairingDialog dialog(QStringLiteral("某结对"), QDate(2018, 1, 1));
        QVERIFY(usertest::show(&dialog));
        QVERIFY(usertest::clickSave(&dialog));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(usertest::show(&dialog));
        QVERIFY(usertest::clickCancel(&dialog));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
}

// Offscreen, the screen is that of the screenshots, 1280×800 (the platform's own is 800×600).
int main(int argc, char **argv)
{
    QTemporaryDir dir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && dir.isValid()) {
        QFile config(dir.filePath(QStringLiteral("screen.json")));
        if (config.open(QIODevice::WriteOnly)) {
            config.write(R"({"screens": [{"name": "1280x800", "x": 0, "y": 0, "width": 1280, "height": 800,
                             "logicalDpi": 96, "logicalBpi": 96, "dpr": 1}]})");
            config.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestFormsUser test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_forms_user.moc"
