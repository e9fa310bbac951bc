#include "dashboard/explaindialog.h"

#include "db/database.h"
#include "domain/labels.h"
#include "i18n/language.h"
#include "money/money.h"
#include "stats/breakdowns.h"
#include "stats/definitions.h"
#include "stats/explain.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tongxin {

namespace {

ListSpec specFor(const ExplainList &shape, const QHash<QString, QString> *englishUnits)
{
    ListSpec s;
    // One saved layout per shape of list: a list of years must not hand its narrow date column
    // to a list of days.
    s.settingsKey = QStringLiteral("explain-%1%2%3")
                        .arg(shape.datedByYear ? QStringLiteral("years") : QStringLiteral("days"),
                            shape.hasChannel ? QStringLiteral("-channel") : QString(),
                            shape.money ? QStringLiteral("-money") : QStringLiteral("-count"));
    s.context = "ExplainDialog";
    s.sql = shape.sql;
    const auto unitName = [englishUnits](const QVariant &raw) {
        const QString name = raw.toString();
        if (name.isEmpty())
            return QCoreApplication::translate("ExplainDialog", "—");
        return Language::current() == QLatin1String("en") ? englishUnits->value(name, name) : name;
    };
    s.columns = {
        // Record numbers are not quantities: shown without grouping and never added up.
        ListColumn::year(QStringLiteral("id"), QT_TRANSLATE_NOOP("ExplainDialog", "Record no.")),
        shape.datedByYear ? ListColumn::year(QStringLiteral("date"), QT_TRANSLATE_NOOP("ExplainDialog", "Year"))
                          : ListColumn::text(QStringLiteral("date"), QT_TRANSLATE_NOOP("ExplainDialog", "Date")),
        ListColumn::custom(QStringLiteral("unit"), QT_TRANSLATE_NOOP("ExplainDialog", "Western unit"), unitName),
        ListColumn::text(QStringLiteral("description"), QT_TRANSLATE_NOOP("ExplainDialog", "Record")),
        shape.money ? ListColumn::money(QStringLiteral("value"), QT_TRANSLATE_NOOP("ExplainDialog", "Amount"))
                    : ListColumn::integer(QStringLiteral("value"), QT_TRANSLATE_NOOP("ExplainDialog", "Adds to the figure")),
    };
    if (shape.hasChannel)
        s.columns.insert(3, ListColumn::code(QStringLiteral("channel"), QT_TRANSLATE_NOOP("ExplainDialog", "Channel"),
                                             Labels::Domain::Channel));
    return s;
}

} // namespace

ExplainDialog::ExplainDialog(Database *db, const QString &figure, const Filter &filter, Explain::Span span,
                             const QString &channel, QWidget *parent)
    : QDialog(parent)
    , m_db(db && db->isOpen() ? db->db() : QSqlDatabase())
    , m_figure(figure)
    , m_filter(filter)
    , m_span(span)
    , m_channel(Explain::hasChannel(figure) ? channel : QString())
{
    ExplainList shape; // the list's columns; its rows come with reload()
    shape.sql = Explain::listSql(figure, span);
    shape.money = Explain::isMoney(figure);
    shape.datedByYear = Explain::datedByYear(figure);
    shape.hasChannel = Explain::hasChannel(figure);
    build(shape);
    reload(filter);
}

ExplainDialog::ExplainDialog(const QSqlDatabase &db, const ExplainSubject &subject, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_subject(subject)
{
    ExplainList list;
    const bool read = m_db.isOpen() && m_subject.read(m_db, &list, &m_error);
    build(list);
    apply(read, list);
}

void ExplainDialog::build(const ExplainList &shape)
{
    setObjectName(QStringLiteral("explainDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_money = shape.money;
    if (m_db.isOpen()) {
        for (const Unit &u : Breakdowns::westernUnits(m_db)) {
            if (!u.nameEn.isEmpty())
                m_englishUnits.insert(u.name, u.nameEn);
        }
    }
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("explainHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_definition = new QLabel(this);
    m_definition->setObjectName(QStringLiteral("explainDefinition"));
    m_definition->setWordWrap(true);
    m_definition->setStyleSheet(QStringLiteral("color: #5f5b55;"));
    m_list = new ListView(specFor(shape, &m_englishUnits), this);
    m_list->setObjectName(QStringLiteral("explainList"));
    // What each record is takes the width the other columns leave, never cut off beside blank space.
    m_list->tableView()->horizontalHeader()->setSectionResizeMode(
        m_list->model()->columnIndex(QStringLiteral("description")), QHeaderView::Stretch);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("explainTotal"));
    m_totalLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_definition);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_totalLabel);
    layout->addWidget(buttons);

    // What is shown follows the search box: the line under the list says so.
    connect(m_list->proxy(), &QAbstractItemModel::rowsInserted, this, &ExplainDialog::showTotal);
    connect(m_list->proxy(), &QAbstractItemModel::rowsRemoved, this, &ExplainDialog::showTotal);
    connect(m_list->proxy(), &QAbstractItemModel::modelReset, this, &ExplainDialog::showTotal);
    connect(m_list->proxy(), &QAbstractItemModel::layoutChanged, this, &ExplainDialog::showTotal);

    resize(860, 520);
}

void ExplainDialog::reload(const Filter &filter)
{
    m_filter = filter;
    m_error.clear();
    ExplainList list;
    // One channel's figure and records are read as such: no hidden filter on the list.
    const bool read = m_db.isOpen()
        && Explain::list(m_db, m_figure, m_filter, &list, &m_error, m_span, m_channel);
    apply(read, list);
}

void ExplainDialog::reload()
{
    if (!m_subject.read) {
        reload(m_filter);
        return;
    }
    m_error.clear();
    ExplainList list;
    apply(m_db.isOpen() && m_subject.read(m_db, &list, &m_error), list);
}

// The number and its records' total as read, and the list's rows.
void ExplainDialog::apply(bool read, const ExplainList &list)
{
    m_value = read ? list.value : 0;
    m_total = read ? list.total : 0;
    if (read && !m_list->load(m_db, list.binds))
        m_error = tr("The records could not be read.");
    retranslateUi();
}

qint64 ExplainDialog::shownTotal() const
{
    const ListProxy *proxy = m_list->proxy();
    qint64 sum = 0;
    for (int r = 0; r < proxy->rowCount(); ++r)
        sum += m_list->value(proxy->mapToSource(proxy->index(r, 0)).row(), QStringLiteral("value")).toLongLong();
    return sum;
}

QString ExplainDialog::spanText() const
{
    const QString years = m_filter.fromYear > 0 && m_filter.toYear > 0 && m_filter.fromYear != m_filter.toYear
        ? QStringLiteral("%1–%2").arg(m_filter.fromYear).arg(m_filter.toYear)
        : QString::number(m_filter.fromYear);
    if (m_span == Explain::Span::Outside)
        //: The records of a figure dated before or after the office's period, e.g. "outside 2017–2020".
        return tr("outside %1").arg(years);
    if (!m_filter.fromDay.isEmpty() || !m_filter.toDay.isEmpty()) {
        // A month of the sales chart, named as its axis names it.
        const QDate from = QDate::fromString(m_filter.firstDay(), Qt::ISODate);
        const QDate to = QDate::fromString(m_filter.lastDay(), Qt::ISODate);
        if (from.isValid() && from.day() == 1 && to == from.addMonths(1).addDays(-1))
            return from.toString(QStringLiteral("yyyy-MM"));
        return QStringLiteral("%1 – %2").arg(m_filter.firstDay(), m_filter.lastDay());
    }
    if (m_filter.fromYear > 0 && m_filter.fromYear == m_filter.toYear)
        return QString::number(m_filter.fromYear);
    if (m_filter.fromYear > 0 && m_filter.toYear > 0)
        return QStringLiteral("%1–%2").arg(m_filter.fromYear).arg(m_filter.toYear);
    return tr("All years");
}

QString ExplainDialog::unitText() const
{
    // A figure of the whole office never claims the unit chosen on the dashboard.
    if (Definitions::of(m_figure).officeWide)
        //: The scope of a figure not counted per western unit (special working groups, outlets).
        return tr("Office-wide");
    if (m_filter.countyId == 0)
        return tr("All western units");
    if (m_filter.countyId == Filter::Unassigned)
        return tr("Not assigned to a unit");
    if (m_db.isOpen()) {
        for (const Unit &u : Breakdowns::westernUnits(m_db)) {
            if (u.id == m_filter.countyId)
                return u.displayName();
        }
    }
    return QString::number(m_filter.countyId);
}

void ExplainDialog::retranslateUi()
{
    if (m_subject.read) {
        m_heading->setText(m_subject.heading ? m_subject.heading() : QString());
        setWindowTitle(tr("Records of: %1").arg(m_heading->text()));
        m_list->setProperty("exportTitle", m_heading->text());
        m_definition->setText(m_subject.definition ? m_subject.definition() : QString());
        showTotal();
        return;
    }
    const Definition d = Definitions::of(m_figure);
    QString heading = tr("%1 · %2 · %3").arg(d.name, spanText(), unitText());
    if (!m_channel.isEmpty())
        heading += QStringLiteral(" · ") + Labels::text(Labels::Domain::Channel, m_channel);
    m_heading->setText(heading);
    // The window names what it lists, so a list left open is never taken for another filter's.
    //: Window title of the list of records behind a figure, e.g. "Records of: Fiscal aid paid · 2020 · Kongtong".
    setWindowTitle(tr("Records of: %1").arg(heading));
    // An export of the list is named and titled as the figure, its years and unit.
    m_list->setProperty("exportTitle", m_heading->text());
    //: What a figure counts, then which date decides its year (Chinese: no space after 。).
    // The date's definition reads on after "Year: " ("Year: the trip's start date."), not as a sentence.
    QString year = d.year;
    if (year.size() > 1 && year.at(0).isUpper() && year.at(1).isLower())
        year[0] = year.at(0).toLower();
    m_definition->setText(tr("%1 Year: %2").arg(d.counted, year));
    showTotal();
}

void ExplainDialog::showTotal()
{
    if (!m_error.isEmpty()) {
        m_totalLabel->setText(tr("The records could not be read: %1").arg(m_error));
        return;
    }
    const bool money = m_money;
    const auto text = [money](qint64 v) { return money ? Money::format(v) : QLocale().toString(v); };
    const int rows = m_list->totalRowCount();
    const int shown = m_list->visibleRowCount();
    if (shown != rows) {
        // A search: the records shown and their total, then all the records' total, the figure.
        const QString n = QLocale().toString(shown);
        const QString of = QLocale().toString(rows);
        //: Under the records of a figure when a search is typed, e.g. "Search: 12 of 240 records shown, totalling ¥3.00万. All 240 records: ¥1.20亿 = the figure."
        m_totalLabel->setText(m_total == m_value
                                  ? tr("Search: %1 of %2 records shown, totalling %3. All %2 records: %4 = the figure.")
                                        .arg(n, of, text(shownTotal()), text(m_total))
                                  //: As above when the records do not add up to the figure (%5).
                                  : tr("Search: %1 of %2 records shown, totalling %3. All %2 records: %4; the figure is %5.")
                                        .arg(n, of, text(shownTotal()), text(m_total), text(m_value)));
        return;
    }
    const QString count = rows == 1 ? tr("1 record") : tr("%1 records").arg(QLocale().toString(rows));
    m_totalLabel->setText(m_total == m_value
                              ? tr("%1, adding up to %2: the figure shown.").arg(count, text(m_total))
                              : tr("%1, adding up to %2; the figure is %3.").arg(count, text(m_total), text(m_value)));
}

void ExplainDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace tongxin
