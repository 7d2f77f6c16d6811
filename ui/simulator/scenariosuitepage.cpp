#include "simulator/scenariosuitepage.h"

#include "flow/flowgraph.h"
#include "prompts/promptcatalog.h"
#include "simulator/scenariofolder.h"
#include "widgets/theme.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace voicepay::ui {

ScenarioSuitePage::ScenarioSuitePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioSuite"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* heading = new QLabel(tr("Scenario suite"), this);
    heading->setObjectName(QStringLiteral("heading"));
    layout->addWidget(heading);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Folder:"), this));
    m_folder = new QLineEdit(this);
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("Choose the folder of scenario files (*.json)"));
    row->addWidget(m_folder, 1);
    m_choose = new QPushButton(tr("C&hoose folder…"), this);
    row->addWidget(m_choose);
    m_run = new QPushButton(tr("&Run scenario suite"), this);
    m_run->setObjectName(QStringLiteral("runSuite"));
    row->addWidget(m_run);
    layout->addLayout(row);

    auto* state = new QHBoxLayout;
    m_summary = new QLabel(tr("Not run yet."), this);
    m_summary->setWordWrap(true);
    state->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    state->addWidget(m_progress);
    layout->addLayout(state);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 3, split);
    m_table->setHorizontalHeaderLabels({ tr("Scenario"), tr("Result"), tr("First difference") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_coverage = new QLabel(split);
    m_coverage->setObjectName(QStringLiteral("suiteCoverage"));
    m_coverage->setWordWrap(true);
    m_coverage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_coverage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_choose, &QPushButton::clicked, this, &ScenarioSuitePage::chooseFolder);
    connect(m_run, &QPushButton::clicked, this, &ScenarioSuitePage::run);
    connect(
        &m_watcher, &QFutureWatcher<SuiteResult>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(
        &m_watcher, &QFutureWatcher<SuiteResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<SuiteResult>::finished, this, &ScenarioSuitePage::onFinished);

    m_folderPath = ScenarioFolder::current();
    m_folder->setText(QDir::toNativeSeparators(m_folderPath));
}

ScenarioSuitePage::~ScenarioSuitePage()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ScenarioSuitePage::setFolder(const QString& folder)
{
    m_folderPath = folder;
    m_folder->setText(QDir::toNativeSeparators(folder));
    ScenarioFolder::remember(folder);
}

void ScenarioSuitePage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Scenario folder"), m_folderPath.isEmpty() ? QDir::homePath() : m_folderPath);
    if (!folder.isEmpty()) {
        setFolder(folder);
    }
}

void ScenarioSuitePage::run()
{
    if (m_watcher.isRunning()) {
        return;
    }
    if (m_folderPath.isEmpty() || ScenarioSuite::files(m_folderPath).isEmpty()) {
        m_summary->setText(m_folderPath.isEmpty()
                ? tr("Choose a scenario folder first.")
                : tr("No scenario files (*.json) in %1.").arg(QDir::toNativeSeparators(m_folderPath)));
        return;
    }
    m_run->setEnabled(false);
    m_choose->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_summary->setText(tr("Running the scenario suite in %1…").arg(QDir::toNativeSeparators(m_folderPath)));
    RunOptions options;
    options.config = m_config;
    options.configVersion = m_config.version();
    const QString folder = m_folderPath;
    m_watcher.setFuture(QtConcurrent::run([folder, options](QPromise<SuiteResult>& promise) {
        SuiteResult result = ScenarioSuite::run(folder, options, {}, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
        promise.addResult(std::move(result));
    }));
}

void ScenarioSuitePage::onFinished()
{
    m_run->setEnabled(true);
    m_choose->setEnabled(true);
    m_progress->setVisible(false);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        return;
    }
    const SuiteResult result = m_watcher.result();
    showResult(result);
    emit finished(result);
}

void ScenarioSuitePage::showResult(const SuiteResult& result)
{
    m_table->setRowCount(int(result.entries.size()));
    for (int row = 0; row < result.entries.size(); ++row) {
        const SuiteEntry& e = result.entries.at(row);
        const bool passed = e.status == SuiteEntry::Status::Passed;
        auto* status = new QTableWidgetItem(passed       ? tr("Pass")
                : e.status == SuiteEntry::Status::Failed ? tr("Fail")
                                                         : tr("Error"));
        status->setForeground(passed ? Theme::success() : Theme::failure());
        m_table->setItem(row, 0, new QTableWidgetItem(e.file));
        m_table->setItem(row, 1, status);
        auto* detail = new QTableWidgetItem(e.detail);
        detail->setToolTip(e.detail);
        m_table->setItem(row, 2, detail);
    }
    m_summary->setText(tr("%1 passed, %2 failed, %3 could not run.")
                           .arg(result.passed)
                           .arg(result.failed)
                           .arg(result.broken));
    const FlowCoverage& c = result.coverage;
    const qsizetype prompts = PromptCatalog::variants().size();
    QString text
        = tr("Flow coverage: %1 of %2 steps and outcomes, %3 of %4 transitions, %5 of %6 prompt variants.")
              .arg(c.visitedNodes().size())
              .arg(FlowGraph::nodes().size())
              .arg(c.visitedTransitions().size())
              .arg(FlowGraph::transitions().size())
              .arg(prompts - c.missingPrompts().size())
              .arg(prompts);
    if (!c.missingNodes().isEmpty()) {
        text += u'\n' + tr("Never visited: %1").arg(c.missingNodes().join(QStringLiteral(", ")));
    }
    QStringList never;
    for (const FlowTransition& t : c.missingTransitions()) {
        never << QStringLiteral("%1 → %2 (%3)").arg(t.from, t.to, t.event);
    }
    if (!never.isEmpty()) {
        text += u'\n' + tr("Never taken: %1").arg(never.join(QStringLiteral("; ")));
    }
    m_coverage->setText(text);
}

QString ScenarioSuitePage::summaryText() const
{
    return m_summary->text();
}

QString ScenarioSuitePage::coverageText() const
{
    return m_coverage->text();
}

} // namespace voicepay::ui
