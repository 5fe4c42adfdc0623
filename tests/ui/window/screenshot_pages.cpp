// traceload-screenshots: opens the workbench on the bundled sample and saves a PNG of every
// page once its figures are drawn, for the README and for looking at the window as a user
// would. Run under Xvfb for real window decorations and fonts:
//
//   xvfb-run -a build/tests/traceload-screenshots OUT_DIR [--lang de] [--size 1440x900] [--dark]
//       [--fallback-tolerance X] [--trace DIR]
//
// --dark draws with the Fusion style and a dark palette, as a dark desktop theme would.
// Each page's figures are also written as File > Export writes them (N-Page-figure-K.png).
// --fallback-tolerance sets the Mapping page's tolerance (0.4: 40 %), so that fallbacks
// show; --trace opens another trace folder (a release-layout one shows the day chooser).

#include "common/translations.h"
#include "jobs/stage_job_runner.h"
#include "main_window.h"
#include "pages/stage_page.h"
#include "widgets/figure_panel.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <cstdio>

using namespace traceload;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: traceload-screenshots OUT_DIR [--lang de] [--size WxH]\n");
        return 2;
    }
    const QString out = args[1];
    QDir().mkpath(out);
    const int lang = args.indexOf(QStringLiteral("--lang"));
    const QString language = lang > 0 && lang + 1 < args.size() ? args[lang + 1] : QString("en");
    installTranslations(language);
    QSize size(1440, 900);
    const int sizeArg = args.indexOf(QStringLiteral("--size"));
    if (sizeArg > 0 && sizeArg + 1 < args.size()) {
        const QStringList wh = args[sizeArg + 1].split(u'x');
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }

    if (args.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(220, 220, 220));
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        dark.setColor(QPalette::Text, QColor(220, 220, 220));
        dark.setColor(QPalette::Button, QColor(53, 53, 56));
        dark.setColor(QPalette::ButtonText, QColor(220, 220, 220));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(53, 53, 56));
        dark.setColor(QPalette::ToolTipText, QColor(220, 220, 220));
        dark.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        QApplication::setPalette(dark);
    }
    MainWindow window;
    window.resize(size);
    window.show();
    const int trace = args.indexOf(QStringLiteral("--trace"));
    if (trace > 0 && trace + 1 < args.size())
        window.openPath(args[trace + 1]);
    const int tolerance = args.indexOf(QStringLiteral("--fallback-tolerance"));
    if (tolerance > 0 && tolerance + 1 < args.size()) {
        Workspace w = window.pipeline()->workspace();
        w.mapping.fallbackTolerance = args[tolerance + 1].toDouble();
        window.pipeline()->setWorkspace(w);
    }
    int stage = 0;
    int quietTicks = 0;
    QTimer timer;
    timer.setInterval(200);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        for (Stage s : {Stage::Trace, Stage::Proxies, Stage::Mapping, Stage::Load})
            if (window.pipeline()->status(s) != StageStatus::Ready)
                return;
        // The page's table and figures come from jobs of their own; once none runs, one more
        // tick lets the layouts take what they showed (a label that grew a line).
        if (window.jobs()->isBusy()) {
            quietTicks = 0;
            return;
        }
        if (++quietTicks < 2)
            return;
        quietTicks = 0;
        if (stage > 0) {
            const QString name = QStringLiteral("%1/%2-%3.png")
                                     .arg(out)
                                     .arg(stage)
                                     .arg(window.page(Stage(stage - 1))->objectName());
            window.grab().save(name);
            std::printf("%s\n", qPrintable(name));
            // The page's figures as File > Export writes them, to look at the files too.
            int n = 0;
            for (FigurePanel* panel : window.page(Stage(stage - 1))->figurePanels()) {
                if (!panel->figure())
                    continue;
                const QString figure = QStringLiteral("%1/%2-%3-figure-%4.png")
                                           .arg(out)
                                           .arg(stage)
                                           .arg(window.page(Stage(stage - 1))->objectName())
                                           .arg(++n);
                panel->figure()->save(figure, FigureExport());
                std::printf("%s\n", qPrintable(figure));
            }
        }
        if (stage == kStageCount) {
            app.quit();
            return;
        }
        // Select a row so that the pages show their "selected" figures too.
        if (auto* table = window.page(Stage(stage))->findChild<QTableView*>())
            table->selectRow(3);
        window.showStage(Stage(stage++));
    });
    timer.start();
    QTimer::singleShot(120'000, &app, [&] {
        std::fprintf(stderr, "timed out\n");
        app.exit(1);
    });
    return app.exec();
}
