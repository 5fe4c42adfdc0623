// config.json. The YAML a valid entry names must exist: the scratch folder holds one
// (yamls/kn.yaml) for inputs to reach the rest of the reader.
#include "fuzz_input.h"
#include "profile/profile_reader.h"

#include <QDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace traceload;
    static const bool yamlWritten = [] {
        QDir(fuzz::scratchDir()).mkpath(QStringLiteral("yamls"));
        fuzz::writeScratch(QStringLiteral("yamls/kn.yaml"), "kind: Service\n");
        return true;
    }();
    Q_UNUSED(yamlWritten);
    const QString path =
        fuzz::writeScratch(QStringLiteral("config.json"),
                           QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    fuzz::expectInputErrorOnly([&path] { ConfigReader::read(path); });
    return 0;
}
