// load.json, read as a stream (minute slots).
#include "fuzz_input.h"
#include "load/load_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace traceload;
    const QString path =
        fuzz::writeScratch(QStringLiteral("load.json"),
                           QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    fuzz::expectInputErrorOnly([&path] { LoadFile::read(path, 60'000'000); });
    return 0;
}
