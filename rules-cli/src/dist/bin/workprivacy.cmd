@echo off
rem The workprivacy command line on Windows, from the distribution archive. Needs only a Java 17+
rem runtime: the one in JAVA_HOME, else java on the PATH.
rem Usage: bin\workprivacy decide examples\out-of-office\password-reset.json
rem
rem Fast start, as bin/workprivacy does: the JVM maps the classes from a class-data-sharing archive, made by
rem one training run the first time, in the user's own cache (WORKPRIVACY_CACHE, default
rem %LOCALAPPDATA%\workprivacy), never in the installation, which may be read-only; when it cannot be
rem written, the command runs without it. decide and explain use one quick (C1) compiler thread only.
setlocal
for %%i in ("%~dp0..") do set "WP_HOME=%%~fi"
set "WP_JAR=%WP_HOME%\lib\workprivacy.jar"
set "WP_JAVA=java.exe"
if defined JAVA_HOME set "WP_JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME goto checkhome
where java.exe >nul 2>&1
if errorlevel 1 goto nojava
goto javaok
:checkhome
if not exist "%WP_JAVA%" goto nojava
:javaok
rem JVM warnings (e.g. a stale archive) go to stderr, never into the JSON on stdout.
set "WP_JVM=-Xshare:auto -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr"
set "WP_CACHE=%WORKPRIVACY_CACHE%"
if not defined WP_CACHE if defined LOCALAPPDATA set "WP_CACHE=%LOCALAPPDATA%\workprivacy"
if not defined WP_CACHE goto run
rem One archive per installation: the archive records the jars' paths. The name is the path, made a file name.
set "WP_KEY=%WP_HOME::=%"
set "WP_KEY=%WP_KEY:\=-%"
set "WP_KEY=%WP_KEY: =_%"
set "WP_JSA=%WP_CACHE%\workprivacy-%WP_KEY%.jsa"
if exist "%WP_JSA%" goto run
if not exist "%WP_CACHE%" mkdir "%WP_CACHE%" >nul 2>&1
if not exist "%WP_CACHE%" goto run
echo preparing a class-data archive for fast start, first run only... 1>&2
"%WP_JAVA%" %WP_JVM% -XX:TieredStopAtLevel=1 "-XX:ArchiveClassesAtExit=%WP_JSA%.tmp" -jar "%WP_JAR%" decide "%WP_HOME%\examples\out-of-office\server-side-auto-reply.json" >nul 2>&1
if not errorlevel 1 move /y "%WP_JSA%.tmp" "%WP_JSA%" >nul 2>&1
if exist "%WP_JSA%.tmp" del "%WP_JSA%.tmp" >nul 2>&1
:run
if /i "%~1"=="decide" set "WP_JVM=%WP_JVM% -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
if /i "%~1"=="explain" set "WP_JVM=%WP_JVM% -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
if not exist "%WP_JSA%" goto nocds
"%WP_JAVA%" %WP_JVM% "-XX:SharedArchiveFile=%WP_JSA%" %WORKPRIVACY_JAVA_OPTS% -jar "%WP_JAR%" %*
exit /b %ERRORLEVEL%
:nocds
"%WP_JAVA%" %WP_JVM% %WORKPRIVACY_JAVA_OPTS% -jar "%WP_JAR%" %*
exit /b %ERRORLEVEL%
:nojava
echo error: workprivacy needs a Java 17 (or later) runtime: install one, or set JAVA_HOME to it 1>&2
exit /b 127
