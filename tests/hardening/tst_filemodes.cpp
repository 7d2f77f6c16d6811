// What the programs create is the user's alone, whatever the umask they were started with: the store and its
// WAL, the recordings, the audit head and their folders.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

class TestFileModes : public QObject
{
    Q_OBJECT

private slots:
    void everythingWritten_isTheUsersAlone();
};

namespace {
int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(path.toLocal8Bit().constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
} // namespace

void TestFileModes::everythingWritten_isTheUsersAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A lenient umask in the parent: the program must not inherit it.
    const mode_t before = ::umask(022);
    const QString store = dir.filePath(QStringLiteral("store/kpi.sqlite"));
    const QString audio = dir.filePath(QStringLiteral("recordings/call"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(VOICEPAY_SIM),
        { QStringLiteral("run"),
            QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/scenarios/01_full_amount_visa.json"),
            QStringLiteral("--db"), QStringLiteral("sqlite:") + store, QStringLiteral("--audio"), audio });
    QVERIFY(p.waitForFinished(120000));
    ::umask(before);
    QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    QVERIFY(QFile::exists(store));
    QVERIFY(QFile::exists(QDir(audio).filePath(QStringLiteral("caller.wav"))));
    int files = 0;
    QDirIterator it(
        dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const int mode = modeOf(path);
        if (QFileInfo(path).isDir()) {
            QCOMPARE(QStringLiteral("%1 %2").arg(path).arg(mode, 0, 8), QStringLiteral("%1 700").arg(path));
        } else {
            QCOMPARE(QStringLiteral("%1 %2").arg(path).arg(mode, 0, 8), QStringLiteral("%1 600").arg(path));
            ++files;
        }
    }
    QVERIFY(files >= 2);
}

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
