# Production image: the jar built with -Pproduction (frontend bundled, no embedded database).
# Build:  docker build -t social-work-console .
# Node 20 for the Vaadin frontend build (Vaadin never downloads one), Debian's JDK 17 for Maven.
FROM node:20-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Pproduction dependency:go-offline || true
COPY frontend frontend
COPY seeds seeds
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/social-work-console-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 console
USER console
COPY --from=build /app.jar /app/console.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/console.jar"]
