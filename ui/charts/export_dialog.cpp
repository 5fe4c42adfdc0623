#include "export_dialog.h"

#include "common/text.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace traceload {

void askForExportPath(QWidget* parent, const QString& title,
                      std::function<QString(const QString&, const FigureExport&)> write,
                      std::function<void(const QString&, const QString&)> done)
{
    const QString folder = QSettings().value(QStringLiteral("folders/figures")).toString();
    auto* dialog = new QFileDialog(parent, title, folder,
                                   Text::tr("PNG image (*.png);;PDF document (*.pdf);;"
                                            "SVG image (*.svg)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [write = std::move(write), done = std::move(done)](const QString& path) {
                         QSettings().setValue(QStringLiteral("folders/figures"),
                                              QFileInfo(path).absolutePath());
                         FigureExport options;
                         options.format = figureFormatFromName(QFileInfo(path).suffix().toLower())
                                              .value_or(FigureFormat::Png);
                         done(path, write(path, options));
                     });
    dialog->open();
}

} // namespace traceload
