{{/* SPDX-License-Identifier: EUPL-1.2 */}}
{{- define "stip.name" -}}{{ .Chart.Name }}{{- end -}}
{{- define "stip.fullname" -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- define "stip.labels" -}}
app.kubernetes.io/name: {{ include "stip.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}
{{- define "stip.selector" -}}
app.kubernetes.io/name: {{ include "stip.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
{{/* Multi-instance mode: a PostgreSQL database is configured. */}}
{{- define "stip.multiInstance" -}}{{ if or .Values.database.url .Values.database.existingSecret }}true{{ end }}{{- end -}}
{{- define "stip.secretName" -}}{{ .Values.secret.existingSecret | default (printf "%s-secret" (include "stip.fullname" .)) }}{{- end -}}
