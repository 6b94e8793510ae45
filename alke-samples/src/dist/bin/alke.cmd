@echo off
rem alke, the command line of ALKE documents: "alke --help", "alke help render".
rem
rem Starts one JVM tuned for a run of a few seconds: the C1 compiler only and a class-data-sharing archive
rem of the classes a run loads, written beside the jar by the first run of render, samples, validate or
rem followup and used from then on (delete lib\alke.jsa after changing Java). JAVA_HOME chooses the Java
rem (17 or later), else java on the PATH; ALKE_JAVA_OPTS adds JVM options; ALKE_FAST_START=off starts a
rem plain JVM. No parenthesised blocks around paths: a folder such as "Program Files (x86)" would end them.
setlocal
set "ALKE_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "ARCHIVE=%ALKE_HOME%\lib\alke.jsa"
set "OPTIONS=-XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off"
set "CDS="
set "TRAINING="
for %%c in (render samples validate followup) do if /i "%~1"=="%%c" set "TRAINING=yes"
if exist "%ARCHIVE%" goto use_archive
if defined TRAINING goto write_archive
goto run
:use_archive
set CDS=-XX:SharedArchiveFile="%ARCHIVE%"
goto run
:write_archive
set CDS=-XX:ArchiveClassesAtExit="%ARCHIVE%"
:run
if "%ALKE_FAST_START%"=="off" set "OPTIONS="
if "%ALKE_FAST_START%"=="off" set "CDS="
"%JAVA%" %OPTIONS% %CDS% -Dalke.launched=true %ALKE_JAVA_OPTS% -jar "%ALKE_HOME%\lib\alke.jar" %*
exit /b %ERRORLEVEL%
