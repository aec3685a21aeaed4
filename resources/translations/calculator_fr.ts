<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../calculator/gui/compare.py" line="150"/>
        <source>{0}/yr real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="150"/>
        <source>{0}/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="153"/>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="155"/>
        <source>+{0:g} bn/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="157"/>
        <source>custom path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="159"/>
        <location filename="../../calculator/gui/compare.py" line="222"/>
        <source>constant share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="204"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="205"/>
        <source>Base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="206"/>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="207"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="208"/>
        <source>NATO edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="210"/>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="211"/>
        <source>IMF baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="211"/>
        <source>constant rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="213"/>
        <source>Real growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="213"/>
        <location filename="../../calculator/gui/compare.py" line="215"/>
        <location filename="../../calculator/gui/compare.py" line="227"/>
        <source>{0} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="215"/>
        <source>Inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="217"/>
        <source>Growth adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="218"/>
        <source>Inflation adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="220"/>
        <source>Per-year overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="222"/>
        <source>growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="223"/>
        <location filename="../../calculator/gui/compare.py" line="240"/>
        <source>glide path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="223"/>
        <source>increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="224"/>
        <source>custom points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="225"/>
        <source>Core path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="227"/>
        <source>Spending growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="229"/>
        <source>Growth measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="230"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="230"/>
        <source>nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="232"/>
        <source>Glide target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="233"/>
        <source>Glide year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="234"/>
        <source>Annual increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="234"/>
        <source>{0:g} bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="236"/>
        <source>Custom points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="239"/>
        <source>Related path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="240"/>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="241"/>
        <source>Related share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="243"/>
        <source>Related target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="244"/>
        <source>Related year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="245"/>
        <source>Related cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="246"/>
        <location filename="../../calculator/gui/dialogs.py" line="66"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="37"/>
        <source>How the calculator works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="38"/>
        <source>Starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="39"/>
        <source>The base year is the latest year with a NATO figure for the ally (2026, an estimate, in the July 2026 edition). Core defence spending in the base year is NATO&apos;s share of GDP times the IMF&apos;s nominal GDP for that year, in the ally&apos;s own currency. Money the calculator derives this way is labelled as derived; NATO&apos;s own published amounts are shown beside the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="44"/>
        <source>The economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="45"/>
        <source>Each year GDP grows by real growth and by GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). The IMF baseline uses the IMF World Economic Outlook (October 2025) to 2030 and holds the 2030 rates afterwards; with it the projected GDP reproduces the IMF&apos;s figures. The constant preset uses your rates for every year. Adjustments add percentage points on top of either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="51"/>
        <source>Core defence spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="52"/>
        <source>&lt;b&gt;Constant share&lt;/b&gt;: the base-year share every year (no policy change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="54"/>
        <source>&lt;b&gt;Growth&lt;/b&gt;: spending grows by a rate each year, in cash (nominal) or on top of inflation (real).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="56"/>
        <source>&lt;b&gt;Glide path&lt;/b&gt;: the share moves in a straight line to a target by a year, then holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="58"/>
        <source>&lt;b&gt;Increment&lt;/b&gt;: a fixed amount in national currency is added each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="60"/>
        <source>&lt;b&gt;Custom&lt;/b&gt;: your points (share or amount), joined by straight lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="62"/>
        <source>Related spending (the 1.5 % track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="64"/>
        <source>It has its own share path and counts towards the total up to 1.5 % of GDP. NATO publishes no per-ally figure for it, so it starts at 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="67"/>
        <source>A threshold is reached in the first year whose share is at or above it; if the base year already is, it is &apos;already met&apos;. &apos;Holds&apos; says whether the share stays above it to the horizon. The gap is measured at the target year, in points of GDP and in money. Required growth is the constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="73"/>
        <source>Hague path check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="74"/>
        <source>Allies agreed to submit annual plans showing a credible, incremental path to 3.5 % by 2035, reviewed in 2029. The check asks whether the core share never falls, whether it reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from the base year to 3.5 % in 2035.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="78"/>
        <source>Baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="79"/>
        <source>Extra spending is compared with a constant share of GDP, a cash freeze (the base-year amount every year) and a real freeze (the base-year amount indexed to the GDP deflator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="82"/>
        <source>NATO&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="83"/>
        <source>NATO&apos;s year is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the United Kingdom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="99"/>
        <source>edition {0}, released {1}, cut-off {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="104"/>
        <source>Defence Budget What-If Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="105"/>
        <source>Version {0}. Works offline: all data ships with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="107"/>
        <source>Dataset: {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="108"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="109"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="112"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceTableModel</name>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="148"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="148"/>
        <source>Ally (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="149"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="149"/>
        <source>Base year: NATO&apos;s latest figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="151"/>
        <source>Base share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="152"/>
        <source>Core defence share of GDP in the base year (NATO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="153"/>
        <source>{0} core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="154"/>
        <source>Core share of GDP at the horizon ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="159"/>
        <source>{0} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="160"/>
        <source>Core + counted related share at the horizon ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="164"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="164"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="166"/>
        <source>Year {0} is first reached ({1}); – not by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="258"/>
        <source>{0} (met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="268"/>
        <source>Already met in the base year {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="270"/>
        <source>First reached in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="272"/>
        <source>Not by {0}; on these assumptions in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="274"/>
        <source>Not by {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceView</name>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="325"/>
        <source>Alliance assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="330"/>
        <source>Alliance note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="354"/>
        <source>Alliance table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="356"/>
        <source>Every ally under the current assumptions. Click a column title to sort; – (not reached) sorts last. Arrow keys select an ally and highlight its path; Enter or a double-click opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="361"/>
        <source>Alliance chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="391"/>
        <source>core defence, % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="392"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="493"/>
        <source>Every ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="494"/>
        <source>IMF baseline economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="495"/>
        <source>constant rates of {0:g} % real growth and {1:g} % inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="498"/>
        <source>{0} allies with a NATO figure under the current assumptions: core spending {1}, {2}, horizon {3}. Iceland has no armed forces and no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="502"/>
        <source>an annual increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="504"/>
        <source>custom amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="506"/>
        <source>Your path is {0} in {1}, one ally&apos;s currency, so it cannot apply to every ally: the overview holds each ally&apos;s base-year share constant instead. Choose growth, a glide path or a constant share to compare allies on your path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllyPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="127"/>
        <source>Ally and horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="139"/>
        <source>{0} ({1}) · no NATO figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="142"/>
        <source>{0} ({1}) · {2:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="155"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="156"/>
        <source>Pick an ally: type part of its name or its ISO code (ESP, BEL…). The figure is NATO&apos;s latest share of GDP for core defence ({0} edition, latest year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="162"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="163"/>
        <source>Last year shown and tested (up to {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="166"/>
        <source>&amp;Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="167"/>
        <source>&amp;Horizon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../calculator/gui/compare.py" line="277"/>
        <source>&amp;Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="278"/>
        <source>Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="280"/>
        <source>Keep the current assumptions as an overlay on the share chart (up to {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="282"/>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="283"/>
        <source>Unpin selected scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="284"/>
        <source>Remove the selected pinned scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="285"/>
        <source>Unpin &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="286"/>
        <source>Unpin all scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="287"/>
        <source>Remove every pinned scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="291"/>
        <source>Compare message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="294"/>
        <source>Pinned scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="295"/>
        <source>Pinned scenarios, in the colours of their overlays. Delete unpins the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="298"/>
        <location filename="../../calculator/gui/compare.py" line="320"/>
        <location filename="../../calculator/gui/compare.py" line="450"/>
        <source>Assumptions that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="300"/>
        <source>Assumptions that differ between the current scenario and the pinned ones; – means the scenario&apos;s path does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="315"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="340"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="392"/>
        <source>{0} of {1} pinned. Pinned scenarios appear on the share chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="394"/>
        <source>Pin the current scenario to keep it on the share chart while you try other assumptions or allies (up to {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="424"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="438"/>
        <source>Differs from the current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="444"/>
        <source>Assumptions that differ (pin a scenario to compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="447"/>
        <source>Assumptions that differ: none, the pinned scenarios match the current one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreSpendingPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="415"/>
        <source>Core defence spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="419"/>
        <source>Constant share of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="420"/>
        <source>Grow by a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="421"/>
        <source>Glide path to a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="422"/>
        <source>Add an amount each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="423"/>
        <location filename="../../calculator/gui/panels.py" line="494"/>
        <source>Custom points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="425"/>
        <source>Spending path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="426"/>
        <source>How core defence spending evolves after the base year. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="439"/>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="440"/>
        <source>Spending growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="441"/>
        <source>Growth of core defence spending each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="443"/>
        <source>nominal (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="444"/>
        <source>real (above inflation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="445"/>
        <source>Nominal or real growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="446"/>
        <source>Nominal: the cash amount grows by the rate. Real: it grows by the rate on top of GDP deflator inflation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="448"/>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="449"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="457"/>
        <source> % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="458"/>
        <source>Glide target share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="459"/>
        <source>Share of GDP reached in a straight line by the glide year, then held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="462"/>
        <source>Glide target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="463"/>
        <source>Year the target share is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="464"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="465"/>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="477"/>
        <source>Annual increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="478"/>
        <source>Amount added to core spending every year, in billions of the ally&apos;s national currency, current prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="480"/>
        <source>Each year add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="488"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="488"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="495"/>
        <source>Years you fixed; the path runs in straight lines between them and the last value holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="501"/>
        <source>Custom point year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="501"/>
        <source>Year to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="506"/>
        <source>Custom point value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="507"/>
        <source>Share of GDP (%) or amount (billions of national currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="509"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="510"/>
        <source>bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="511"/>
        <source>Custom point kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="512"/>
        <source>Whether the value is a share of GDP or an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="513"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="514"/>
        <source>Set custom point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="515"/>
        <source>Add the point, or replace the one for that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="516"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="517"/>
        <source>Remove custom point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="518"/>
        <source>Remove the selected points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="531"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="616"/>
        <source> bn {0} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="619"/>
        <source>bn {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="625"/>
        <source>{0:g} % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="626"/>
        <source>{0:,.2f} bn {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="637"/>
        <source>Core spending stays at {0:.2f} % of GDP, the {1} share: the no-policy-change baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EconomyPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="210"/>
        <source>Economy (GDP path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="212"/>
        <source>IMF baseline (WEO Oct 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="213"/>
        <source>Constant rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="214"/>
        <source>Economy preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="215"/>
        <source>IMF baseline: the IMF&apos;s real growth and GDP deflator to 2030, held after 2030. Constant: the rates below for every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="217"/>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="219"/>
        <source>Real GDP growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="220"/>
        <source>Real GDP growth each year (constant preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="222"/>
        <source>Inflation (GDP deflator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="223"/>
        <source>GDP deflator inflation each year (constant preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="224"/>
        <source> pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="226"/>
        <source>Growth adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="227"/>
        <source>Percentage points added to real growth in every year, on top of either preset (negative for a downturn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="230"/>
        <source>Inflation adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="231"/>
        <source>Percentage points added to inflation in every year, on top of either preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="234"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="235"/>
        <source>Real growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="236"/>
        <source>Inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="237"/>
        <source>Growth adj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="238"/>
        <source>Inflation adj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="257"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="257"/>
        <source>Growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="257"/>
        <source>Inflation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="271"/>
        <source>Per-year overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="272"/>
        <source>Replace the real growth and/or inflation of single years (either preset, after the adjustments). Leave a cell blank to keep the preset&apos;s rate. F2 or typing edits a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="275"/>
        <source>Add year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="276"/>
        <source>Add override year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="277"/>
        <source>Add the next year without an override and start typing its growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="278"/>
        <source>Remove year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="279"/>
        <source>Remove override year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="280"/>
        <source>Remove the selected override years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="285"/>
        <source>Per-year overrides (blank keeps the preset)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="60"/>
        <source>Defence Budget What-If Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="89"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="100"/>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="101"/>
        <source>&amp;Yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="105"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="106"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="122"/>
        <location filename="../../calculator/gui/main_window.py" line="206"/>
        <source>&amp;This ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="123"/>
        <location filename="../../calculator/gui/main_window.py" line="209"/>
        <source>All&amp;iance overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="124"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="139"/>
        <source>Dataset {0} · NATO {1}, cut-off {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="141"/>
        <source>Help &gt; About lists every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="164"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="165"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="169"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="173"/>
        <source>Reset to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="174"/>
        <source>Default assumptions for the selected ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="182"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="183"/>
        <source>&amp;Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="186"/>
        <source>&amp;About and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="205"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="211"/>
        <source>Every ally under the current assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="213"/>
        <source>&amp;Compare pinned scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="220"/>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="221"/>
        <source>&amp;Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="223"/>
        <source>Keep the current assumptions on the share chart for comparison (up to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="226"/>
        <source>&amp;Unpin all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="256"/>
        <source>Pinned “{0}” ({1} of 5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="86"/>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="62"/>
        <source>already met ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="66"/>
        <source>not by {0} (in {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="68"/>
        <source>not by {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinnedScenarios</name>
    <message>
        <location filename="../../calculator/gui/compare.py" line="87"/>
        <source>This scenario is pinned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="91"/>
        <source>At most {0} scenarios can be pinned; unpin one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <location filename="../../calculator/gui/chart.py" line="78"/>
        <source>Share of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="79"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="81"/>
        <source>Chart view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="82"/>
        <source>Switch between the share of GDP and the money per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="85"/>
        <source>Chart read-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="87"/>
        <source>Point at the chart to read a year&apos;s share and money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="111"/>
        <source>Year (NATO fiscal year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="123"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="129"/>
        <location filename="../../calculator/gui/chart.py" line="194"/>
        <source>NATO, published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="133"/>
        <location filename="../../calculator/gui/chart.py" line="197"/>
        <source>Core defence, projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="136"/>
        <location filename="../../calculator/gui/chart.py" line="138"/>
        <source>Core + related (total), projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="165"/>
        <source>{0} review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="168"/>
        <source>{0} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="190"/>
        <source>billions, national currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="200"/>
        <location filename="../../calculator/gui/chart.py" line="222"/>
        <source>Core + related (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="204"/>
        <source>Needed for each threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="292"/>
        <location filename="../../calculator/gui/chart.py" line="359"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="292"/>
        <location filename="../../calculator/gui/chart.py" line="359"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="307"/>
        <source>{0} met in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="309"/>
        <source>{0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="357"/>
        <source>{0} {1}: {2:,.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="367"/>
        <source>billions of {0}, current prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="443"/>
        <source>{0}: core {1:.2f} % of GDP = {2:,.1f} bn {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="446"/>
        <source>total {0:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="447"/>
        <source>GDP {0:,.0f} bn {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="448"/>
        <source>base year, NATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="448"/>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="456"/>
        <source>{0}: NATO {1:.2f} % of GDP ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="459"/>
        <source> · {0:,.1f} bn {1} published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedSpendingPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="648"/>
        <source>Related spending (the 1.5 % track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="651"/>
        <source>Constant share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="652"/>
        <source>Glide path to a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="653"/>
        <source>Related spending path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="654"/>
        <source> % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="656"/>
        <source>Related spending share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="657"/>
        <source>Related spending as a share of GDP (the starting share for a glide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="659"/>
        <source>Related glide target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="660"/>
        <source>Share reached by the glide year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="663"/>
        <source>Related glide year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="664"/>
        <source>Year the related target share is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="666"/>
        <source>NATO publishes no per-ally figure for this category, so it starts at 0 %. At most {0:g} % of GDP counts towards the 5 % total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="671"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="672"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="673"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="674"/>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="130"/>
        <source>Threshold results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="132"/>
        <source>Gap: threshold minus the projected share at the target year (positive is a shortfall). Required growth: constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="162"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="162"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="164"/>
        <source>{0:+.2f} pp · {1} bn {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="167"/>
        <source>none (above by {0:.2f} pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="170"/>
        <source>{0}: {1:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="176"/>
        <location filename="../../calculator/gui/results.py" line="215"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="176"/>
        <location filename="../../calculator/gui/results.py" line="215"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="179"/>
        <source>{0} bn {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="182"/>
        <source>{0:.1f} % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="216"/>
        <source>Hague path check: never falls: {0}; 3.5 % core by {1}: {2} ({3:.2f} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="221"/>
        <source>At the {0} review: {1:.2f} % against {2:.2f} % on the straight line to 3.5 % ({3:+.2f} pp, {4}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="225"/>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="225"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="233"/>
        <source>Extra core spending {0}–{1}, cumulative: {2} bn {5} more than a constant share, {3} bn more than a cash freeze, {4} bn more than a real freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="244"/>
        <source>In {0}: core defence is {1:.1f} % of government spending and {2} {3} per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="250"/>
        <source>The total counts related spending at 0 %: NATO publishes no per-ally figure for it; set it in the related spending panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioFiles</name>
    <message>
        <location filename="../../calculator/gui/files.py" line="126"/>
        <source>&amp;New</source>
        <extracomment>Every error an export or a file operation reports with a one-line message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="128"/>
        <source>Start again from the default assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="130"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="133"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="136"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="139"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="140"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="142"/>
        <source>PDF brief (&amp;A4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="143"/>
        <source>PDF brief (&amp;Letter)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="144"/>
        <location filename="../../calculator/gui/files.py" line="152"/>
        <source>&amp;Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="145"/>
        <source>&amp;CSV yearly table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="146"/>
        <source>&amp;JSON projection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="147"/>
        <source>Chart &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="148"/>
        <source>Chart &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="150"/>
        <source>Export a&amp;lliance overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="151"/>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="202"/>
        <source>Defence Budget What-If Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="204"/>
        <source>{0} · {1}[*] — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="206"/>
        <source>{0}[*] — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="239"/>
        <location filename="../../calculator/gui/files.py" line="624"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="240"/>
        <source>Save the changes to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="243"/>
        <location filename="../../calculator/gui/files.py" line="629"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="254"/>
        <source>Untitled ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="269"/>
        <location filename="../../calculator/gui/files.py" line="285"/>
        <source>Cannot open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="274"/>
        <source>Different dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="275"/>
        <source>{0} was saved with dataset {1}; the active dataset is {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="278"/>
        <source>Open it with dataset {0}? Projected figures can differ from when it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="293"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="305"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="315"/>
        <source>Scenarios (*.scenario.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="315"/>
        <location filename="../../calculator/gui/files.py" line="502"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="316"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="326"/>
        <source>Cannot save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="332"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="347"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="402"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="406"/>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="420"/>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="421"/>
        <source>{0}: no such file; removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="482"/>
        <source>The alliance overview needs a growth, glide or constant-share path: increment and custom paths are in one ally&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="489"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="494"/>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="499"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="500"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="501"/>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="503"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="504"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="570"/>
        <source>Autosave failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="578"/>
        <source> and {0} pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="581"/>
        <source>Recover your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="582"/>
        <source>Recover the work from your last session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="584"/>
        <source>The calculator did not close normally. Unsaved scenario: {0}{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="602"/>
        <source>Cannot recover the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="625"/>
        <source>Save the changes to “{0}” before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="24"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="28"/>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="29"/>
        <source>Scenario name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="30"/>
        <source>Shown in the window title and on exported reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="32"/>
        <source>Notes: purpose, sources, caveats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="33"/>
        <source>Scenario notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="34"/>
        <source>Free text, saved with the scenario and printed in the PDF brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="41"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="42"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentenceBar</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="89"/>
        <source>Summary sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="90"/>
        <source>Copy sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="91"/>
        <source>Copy summary sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="92"/>
        <source>Copy the sentence to paste into a briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="719"/>
        <location filename="../../calculator/gui/panels.py" line="731"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="722"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="722"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="722"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="722"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="723"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="732"/>
        <source>Each threshold is tested against the core share or the total (core + counted related) share; its target year is where the gap and the required growth are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="735"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="736"/>
        <source>Add threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="736"/>
        <source>Add a threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="737"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="738"/>
        <source>Remove threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="739"/>
        <source>Remove the selected thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="740"/>
        <source>Add Wales 2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="741"/>
        <source>Add Wales threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="742"/>
        <source>Add the 2014 Wales guideline of 2 % of GDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="743"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="744"/>
        <source>Restore default thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="745"/>
        <source>2.1 % core (Spain&apos;s claim), 3.5 % core and 5 % total (The Hague).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="782"/>
        <source>Test this threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="791"/>
        <source>Threshold value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="791"/>
        <source>Share of GDP to test, in %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="794"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="795"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="796"/>
        <source>Threshold measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="797"/>
        <source>core: NATO core defence share. total: core + related (counted up to 1.5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="804"/>
        <source>Threshold target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="805"/>
        <source>Year the gap and the required growth are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="809"/>
        <source>Threshold label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="809"/>
        <source>Name shown on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearTableModel</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="268"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="269"/>
        <source>GDP, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="270"/>
        <source>Real growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="271"/>
        <source>Inflation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="272"/>
        <source>Core, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="273"/>
        <source>Core % GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="274"/>
        <source>Related, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="275"/>
        <source>Related % GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="276"/>
        <source>Total % GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="277"/>
        <source>Core, bn, base-year prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="278"/>
        <source>Core per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="279"/>
        <source>Core % gov. spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="280"/>
        <source>Extra vs constant share, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="281"/>
        <source>Extra vs cash freeze, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="282"/>
        <source>Extra vs real freeze, bn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearTablePanel</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="354"/>
        <source>Yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="355"/>
        <source>Per-year projection; Ctrl+C copies the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="358"/>
        <source>Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="359"/>
        <source>Copy yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="360"/>
        <source>Copy as tab-separated text (pastes into Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="383"/>
        <source>{0}: money in billions of {1}, current prices (derived: NATO share × IMF GDP in the base year {2}, then the paths you set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
