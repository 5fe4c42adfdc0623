// traceload-gen-trace: writes a synthetic trace in the Azure Functions 2019 format
// (invocations.csv, durations.csv, memory.csv) of any size, for the benchmarks.
//
//   traceload-gen-trace --functions N --slots M --out DIR [--seed S] [--raw-memory]
//                       [--mean-rate R]
//
// Rates are heavy-tailed as in the Azure data: each function's mean invocations per slot
// is log-normal (sigma 2.5), so most functions are rare and a few are very hot; about one
// function in eight is a timer firing every 1, 5, 15 or 60 slots; counts are Poisson
// around the function's rate with a slow diurnal swing (period 1,440 slots). The overall
// mean is R invocations per function per slot (default 8.8, i.e. ~1.06 M invocations for
// 2,000 functions x 60 minutes). durations.csv and memory.csv list the functions in
// another order than invocations.csv, as the real files do. --raw-memory writes the raw
// per-application 12-column memory file instead of the sampled 13-column one. The same
// seed gives the same bytes (mt19937_64 with our own transforms: std distributions draw
// differently in each standard library).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

class Random
{
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    std::uint32_t poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda < 30) {
            const double limit = std::exp(-lambda);
            std::uint32_t k = 0;
            for (double p = uniform(); p > limit; p *= uniform())
                ++k;
            return k;
        }
        return std::uint32_t(std::max(0.0, std::round(lambda + std::sqrt(lambda) * normal())));
    }
    std::uint64_t below(std::uint64_t n) { return std::uint64_t(uniform() * double(n)); }
    std::string hash()
    {
        static const char digits[] = "0123456789abcdef";
        std::string out(64, '0');
        for (int word = 0; word < 4; ++word) {
            std::uint64_t bits = m_engine();
            for (int i = 0; i < 16; ++i, bits >>= 4)
                out[std::size_t(word * 16 + i)] = digits[bits & 15];
        }
        return out;
    }

private:
    std::mt19937_64 m_engine; // its output sequence is fixed by the standard
};

struct Function
{
    std::string owner;
    std::string app;
    std::string function;
    const char* trigger = "http";
    double rate = 0;     // mean invocations per slot
    int timerPeriod = 0; // > 0: fires once every timerPeriod slots
    int timerPhase = 0;
    std::uint64_t total = 0;
};

// Buffered writer onto a QSaveFile: nothing appears at the target unless complete.
class Output
{
public:
    explicit Output(const QString& path) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(2);
        }
        m_buffer.reserve(1 << 20);
    }
    Output& operator<<(const std::string& s) { return append(s.data(), s.size()); }
    Output& operator<<(const char* s) { return append(s, std::strlen(s)); }
    Output& operator<<(char c) { return append(&c, 1); }
    Output& number(std::uint64_t v)
    {
        char text[24];
        const auto end = std::to_chars(text, text + sizeof text, v).ptr;
        return append(text, std::size_t(end - text));
    }
    Output& decimal(double v)
    {
        char text[32];
        const auto end =
            std::to_chars(text, text + sizeof text, v, std::chars_format::fixed, 4).ptr;
        return append(text, std::size_t(end - text));
    }
    qint64 commit()
    {
        flush();
        const qint64 size = m_file.size();
        if (!m_file.commit()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(m_file.fileName()));
            std::exit(2);
        }
        return size;
    }

private:
    Output& append(const char* data, std::size_t size)
    {
        m_buffer.append(data, size);
        if (m_buffer.size() >= (1 << 20))
            flush();
        return *this;
    }
    void flush()
    {
        m_file.write(m_buffer.data(), qint64(m_buffer.size()));
        m_buffer.clear();
    }
    QSaveFile m_file;
    std::string m_buffer;
};

std::vector<Function> makeFunctions(Random& random, int count, double meanRate)
{
    static const std::pair<const char*, double> triggers[] = {{"http", 0.55},
                                                              {"queue", 0.15},
                                                              {"event", 0.08},
                                                              {"orchestration", 0.05},
                                                              {"storage", 0.04}};
    std::vector<Function> functions(static_cast<std::size_t>(count));
    std::string owner = random.hash();
    std::string app = random.hash();
    double weightSum = 0;
    for (Function& f : functions) {
        if (random.uniform() < 0.4) { // a new application, sometimes of a new owner
            if (random.uniform() < 0.5)
                owner = random.hash();
            app = random.hash();
        }
        f.owner = owner;
        f.app = app;
        f.function = random.hash();
        double pick = random.uniform();
        f.trigger = "timer";
        for (const auto& [name, share] : triggers) {
            if (pick < share) {
                f.trigger = name;
                break;
            }
            pick -= share;
        }
        if (std::strcmp(f.trigger, "timer") == 0) {
            static const int periods[] = {1, 5, 15, 60};
            f.timerPeriod = periods[random.below(4)];
            f.timerPhase = int(random.below(std::uint64_t(f.timerPeriod)));
        } else {
            f.rate = std::exp(2.5 * random.normal());
            weightSum += f.rate;
        }
    }
    // Scale the non-timer rates so that the overall mean is meanRate per function.
    double timerRate = 0;
    for (const Function& f : functions)
        timerRate += f.timerPeriod ? 1.0 / f.timerPeriod : 0.0;
    const double budget = std::max(0.0, meanRate * count - timerRate);
    for (Function& f : functions) {
        if (!f.timerPeriod && weightSum > 0)
            f.rate *= budget / weightSum;
    }
    return functions;
}

void writePercentiles(Output& out, Random& random, double median, double spread,
                      const std::vector<double>& z, bool integers)
{
    for (const double zi : z) {
        const double v = median * std::exp(zi * spread);
        out << ',';
        if (integers)
            out.number(std::uint64_t(std::llround(v)));
        else
            out.decimal(v);
    }
}

// Fisher-Yates with our own draws (std::shuffle's are implementation-defined).
void shuffle(std::vector<std::size_t>& items, Random& random)
{
    for (std::size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[random.below(i)]);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a synthetic Azure Functions 2019 trace."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("functions"), QStringLiteral("Functions."), QStringLiteral("N")},
         {QStringLiteral("slots"), QStringLiteral("Slot columns."), QStringLiteral("M")},
         {QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR")},
         {QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S"),
          QStringLiteral("1")},
         {QStringLiteral("mean-rate"),
          QStringLiteral("Mean invocations per function per slot (default 8.8)."),
          QStringLiteral("R"), QStringLiteral("8.8")},
         {QStringLiteral("raw-memory"),
          QStringLiteral("Write the raw per-application memory file.")}});
    parser.process(app);
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    const int count = parser.value(QStringLiteral("functions")).toInt(&ok1);
    const int slotCount = parser.value(QStringLiteral("slots")).toInt(&ok2);
    const auto seed = parser.value(QStringLiteral("seed")).toULongLong(&ok3);
    const double meanRate = parser.value(QStringLiteral("mean-rate")).toDouble(&ok4);
    const QString dir = parser.value(QStringLiteral("out"));
    if (!ok1 || !ok2 || !ok3 || !ok4 || count <= 0 || slotCount <= 0 || meanRate < 0 ||
        dir.isEmpty()) {
        std::fprintf(stderr, "usage: traceload-gen-trace --functions N --slots M --out DIR "
                             "[--seed S] [--raw-memory] [--mean-rate R]\n");
        return 2;
    }
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
        return 2;
    }

    Random random(seed);
    std::vector<Function> functions = makeFunctions(random, count, meanRate);

    Output invocations(dir + QStringLiteral("/invocations.csv"));
    invocations << "HashOwner,HashApp,HashFunction,Trigger";
    for (int s = 1; s <= slotCount; ++s)
        invocations << ',' << std::to_string(s);
    invocations << '\n';
    std::vector<double> diurnal(static_cast<std::size_t>(slotCount));
    for (int s = 0; s < slotCount; ++s)
        diurnal[std::size_t(s)] = 1.0 + 0.3 * std::sin(2.0 * M_PI * s / 1440.0);
    std::uint64_t total = 0;
    for (Function& f : functions) {
        invocations << f.owner << ',' << f.app << ',' << f.function << ',' << f.trigger;
        for (int s = 0; s < slotCount; ++s) {
            const std::uint32_t n = f.timerPeriod
                                        ? ((s % f.timerPeriod) == f.timerPhase ? 1u : 0u)
                                        : random.poisson(f.rate * diurnal[std::size_t(s)]);
            f.total += n;
            invocations << ',';
            invocations.number(n);
        }
        invocations << '\n';
        total += f.total;
    }

    // The other two files list the functions in a shuffled order.
    std::vector<std::size_t> order(functions.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    shuffle(order, random);

    Output durations(dir + QStringLiteral("/durations.csv"));
    durations << "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,"
                 "percentile_Average_0,percentile_Average_1,percentile_Average_25,"
                 "percentile_Average_50,percentile_Average_75,percentile_Average_99,"
                 "percentile_Average_100\n";
    const std::vector<double> durationZ{-3.0, -2.33, -0.674, 0.0, 0.674, 2.33, 3.5};
    for (const std::size_t i : order) {
        const Function& f = functions[i];
        const double median = 200.0 * std::exp(1.8 * random.normal());
        const double spread = 0.2 + 0.8 * random.uniform();
        durations << f.owner << ',' << f.app << ',' << f.function << ',';
        durations.number(std::uint64_t(std::llround(median * std::exp(spread * spread / 2))))
            << ',';
        durations.number(std::max<std::uint64_t>(1, f.total)) << ',';
        durations.number(std::uint64_t(std::llround(median * std::exp(-3.0 * spread)))) << ',';
        durations.number(std::uint64_t(std::llround(median * std::exp(3.5 * spread))));
        writePercentiles(durations, random, median, spread, durationZ, true);
        durations << '\n';
    }

    const bool rawMemory = parser.isSet(QStringLiteral("raw-memory"));
    Output memory(dir + QStringLiteral("/memory.csv"));
    memory << (rawMemory ? "HashOwner,HashApp," : "HashFunction,HashOwner,HashApp,")
           << "SampleCount,AverageAllocatedMb,AverageAllocatedMb_pct1,AverageAllocatedMb_pct5,"
              "AverageAllocatedMb_pct25,AverageAllocatedMb_pct50,AverageAllocatedMb_pct75,"
              "AverageAllocatedMb_pct95,AverageAllocatedMb_pct99,AverageAllocatedMb_pct100\n";
    const std::vector<double> memoryZ{-2.33, -1.64, -0.674, 0.0, 0.674, 1.64, 2.33, 3.0};
    // One row per function, or per application (an application's functions are adjacent
    // in `functions`), in a shuffled order.
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < functions.size(); ++i) {
        if (!rawMemory || i == 0 || functions[i].app != functions[i - 1].app)
            rows.push_back(i);
    }
    shuffle(rows, random);
    for (const std::size_t i : rows) {
        const Function& f = functions[i];
        const double median = 150.0 * std::exp(0.6 * random.normal());
        const double spread = 0.05 + 0.25 * random.uniform();
        if (!rawMemory)
            memory << f.function << ',';
        memory << f.owner << ',' << f.app << ',';
        memory.number(1000 + random.below(30000)) << ',';
        memory.decimal(median * 1.02);
        writePercentiles(memory, random, median, spread, memoryZ, false);
        memory << '\n';
    }

    const qint64 sizes[] = {invocations.commit(), durations.commit(), memory.commit()};
    std::printf("wrote %s: %d functions x %d slots, %llu invocations; invocations.csv %.1f MB, "
                "durations.csv %.1f MB, memory.csv %.1f MB (%s)\n",
                qPrintable(dir), count, slotCount, static_cast<unsigned long long>(total),
                sizes[0] / 1e6, sizes[1] / 1e6, sizes[2] / 1e6,
                rawMemory ? "per application" : "per function");
    return 0;
}
