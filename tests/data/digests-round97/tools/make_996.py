#!/usr/bin/env python3
"""996 (negative): a terminal copy of a Ukrainian lab developer trying the lab's new paper-catalogue gRPC service with
`grpcurl` right after deploying it: `list` through server reflection, `describe` of the service and two messages from
the local .proto (`-import-path … -proto …`, so the source comments — Ukrainian — are shown), a health check, a
search that returns the empty message (`{}`), GetStats (int64 fields as JSON strings, default values omitted), and a
GetPaper that fails (`ERROR:` / `Code:` / `Message:`). The catalogue is still empty (the import waits for a database
migration), so no paper is named: no catalogue title and nothing arXiv-shaped is written (the builder refuses both)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "996_negative_grpcurl_session_ukrainian_lab_paper_service_empty_catalogue.txt"
P = "olena@paperhub-dev:~/src/paperhub$ "
PROTO = "-import-path proto -proto paperhub/v1/papers.proto"
S = f"""{P}grpcurl -plaintext localhost:50051 list
grpc.health.v1.Health
grpc.reflection.v1alpha.ServerReflection
paperhub.v1.PaperService
{P}grpcurl {PROTO} describe paperhub.v1.PaperService
paperhub.v1.PaperService is a service:
// Каталог статей лабораторії: додавання, пошук, статистика.
service PaperService {{
  // Додати статтю за посиланням (arXiv, OpenReview) або вручну — тоді обов'язкові назва й автори.
  rpc AddPaper ( .paperhub.v1.AddPaperRequest ) returns ( .paperhub.v1.Paper );
  // Одна стаття за внутрішнім ідентифікатором.
  rpc GetPaper ( .paperhub.v1.GetPaperRequest ) returns ( .paperhub.v1.Paper );
  // Лічильники для дашборду на головній сторінці.
  rpc GetStats ( .google.protobuf.Empty ) returns ( .paperhub.v1.Stats );
  // Повнотекстовий пошук за назвою, авторами й тегами.
  rpc SearchPapers ( .paperhub.v1.SearchPapersRequest ) returns ( .paperhub.v1.SearchPapersResponse );
}}
{P}grpcurl {PROTO} describe paperhub.v1.Paper
paperhub.v1.Paper is a message:
// Стаття в каталозі.
message Paper {{
  // Внутрішній ідентифікатор (ULID).
  string id = 1;
  // Назва так, як її подає джерело (без перекладу).
  string title = 2;
  repeated string authors = 3;
  // Ідентифікатор arXiv без версії (формат РРММ.ННННН) або порожній рядок.
  string arxiv_id = 4;
  // Ідентифікатор форуму OpenReview, якщо є.
  string openreview_id = 5;
  string url = 6;
  repeated string tags = 7;
  .google.protobuf.Timestamp added_at = 8;
  // Логін того, хто додав.
  string added_by = 9;
}}
{P}grpcurl {PROTO} describe paperhub.v1.SearchPapersRequest
paperhub.v1.SearchPapersRequest is a message:
message SearchPapersRequest {{
  // Рядок запиту; порожній — усі статті.
  string query = 1;
  repeated string tags = 2;
  // Не більше 100.
  int32 page_size = 3;
  string page_token = 4;
}}
{P}grpcurl -plaintext localhost:50051 grpc.health.v1.Health/Check
{{
  "status": "SERVING"
}}
{P}grpcurl -plaintext -d '{{"query": "дифузійні моделі", "page_size": 20}}' localhost:50051 paperhub.v1.PaperService/SearchPapers
{{}}
{P}grpcurl -plaintext -d '{{"tags": ["читаємо-зараз"]}}' localhost:50051 paperhub.v1.PaperService/SearchPapers
{{}}
{P}grpcurl -plaintext localhost:50051 paperhub.v1.PaperService/GetStats
{{
  "importsPending": "214",
  "lastImportError": "міграцію 0007_fulltext_index ще не застосовано; імпорт зі спільної бібліотеки Zotero відкладено",
  "lastImportAttempt": "2024-03-11T09:40:02.318Z"
}}
{P}grpcurl -plaintext -d '{{"id": "01HRB6Z4KX3N9Q8W2M5T7VYC1D"}}' localhost:50051 paperhub.v1.PaperService/GetPaper
ERROR:
  Code: NotFound
  Message: статтю 01HRB6Z4KX3N9Q8W2M5T7VYC1D не знайдено
{P}
"""
write(F, S, negative=True)
