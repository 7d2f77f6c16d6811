#include "processhardening.h"

#include <QLoggingCategory>
#include <malloc.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcHardening, "voicepay.core.secure")

namespace voicepay {

QString HardeningReport::summary() const
{
    return QStringLiteral("core dumps %1, dumpable %2, freed memory %3")
        .arg(coreDumpsDisabled ? QStringLiteral("off") : QStringLiteral("ON"),
            notDumpable ? QStringLiteral("no") : QStringLiteral("YES"),
            freedMemoryWiped ? QStringLiteral("wiped") : QStringLiteral("NOT wiped"));
}

HardeningReport hardenProcess()
{
    HardeningReport report;
    // Everything the programs create — the store with its WAL, the spool, exports, recordings, the audit
    // head — is the user's alone: files 0600, folders 0700.
    ::umask(077);
#ifdef NDEBUG
    const rlimit none { 0, 0 };
    report.coreDumpsDisabled = setrlimit(RLIMIT_CORE, &none) == 0;
    report.notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    // Debug builds keep core dumps for the developer.
    report.coreDumpsDisabled = report.notDumpable = true;
#endif
    // A file-size limit (a full quota) must fail the write with EFBIG, for a clear message, not kill the
    // process.
    ::signal(SIGXFSZ, SIG_IGN);
    // Belt and braces beside the wiping free(): glibc also fills the freed chunks it keeps in its bins.
#ifdef VOICEPAY_SANITIZER_BUILD
    report.freedMemoryWiped = true; // the sanitizer's allocator replaces glibc's and the wiping free()
#else
    report.freedMemoryWiped = mallopt(M_PERTURB, 0xA5) == 1;
#endif
    if (!report.coreDumpsDisabled || !report.notDumpable || !report.freedMemoryWiped) {
        qCWarning(lcHardening) << "process hardening incomplete:" << report.summary();
    }
    return report;
}

} // namespace voicepay
